package kr.sangsaeng.company.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;

/**
 * An uploaded partner file awaiting the administrator's choice: what importing its good rows would do to the list,
 * and the rows that cannot be imported.
 *
 * @param newPartners good rows whose number is not yet on the list
 * @param updatedPartners good rows that would change the company name, tier or contact address of a listed partner
 * @param unchangedPartners good rows that say what the list already says
 * @param withContact good rows that give a contact address (a row without one keeps the address the list has)
 */
public record ImportPreview(UUID id, String funderCode, String fileName, String encoding, int rowCount,
		long newPartners, long updatedPartners, long unchangedPartners, long badRows, long withContact,
		Page<BadRow> badRowPage, String uploadedBy, Instant uploadedAt) {

	public long goodRows() {
		return newPartners + updatedPartners + unchangedPartners;
	}

	/**
	 * A row that cannot be imported: what the file said, shortened when very long, and why.
	 *
	 * @param duplicateOf the line that already gave the same business registration number, if that is a problem
	 */
	public record BadRow(int lineNumber, String numberAsGiven, String nameAsGiven, String tierAsGiven,
			String contactAsGiven, List<RowProblem> problems, Integer duplicateOf) {
	}

}
