package kr.sangsaeng.company.internal;

import java.util.Set;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * One row of an uploaded partner file, as the file gave it and as it was understood. A row is good when it has no
 * problems; then {@code number}, {@code companyName} and {@code tier} are set.
 *
 * @param lineNumber the line of the file the row starts on; the header is line 1
 * @param contactAsGiven the contact address cell, empty when the row or the file has none
 * @param contactEmail the contact address of a good row, or {@code null} when it gives none
 * @param duplicateOf the line that already gave the same business registration number, if any
 */
record PartnerFileRow(int lineNumber, String numberAsGiven, String nameAsGiven, String tierAsGiven,
		String contactAsGiven, BusinessRegistrationNumber number, String companyName, PartnerTier tier,
		String contactEmail, Set<RowProblem> problems, Integer duplicateOf) {

	boolean isGood() {
		return problems.isEmpty();
	}

}
