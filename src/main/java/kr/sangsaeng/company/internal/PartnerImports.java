package kr.sangsaeng.company.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import kr.sangsaeng.company.PartnerListChanged;
import kr.sangsaeng.company.PartnerListChanged.Change;
import kr.sangsaeng.company.internal.PartnerFileReader.PartnerFile;
import kr.sangsaeng.company.internal.PartnerImportStaging.Counts;
import kr.sangsaeng.company.internal.PartnerImportStaging.StagedImport;
import kr.sangsaeng.company.internal.UnreadablePartnerFile.Reason;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports partner lists from CSV files in two steps: an upload is read and kept aside with every bad row and why it
 * is bad; then the administrator imports its good rows, or nothing. Importing adds the companies new to the list and
 * updates the name, tier and contact address of those already on it (an empty contact cell keeps the address the
 * list has); it removes no one.
 */
@Service
public class PartnerImports {

	public static final int BAD_ROWS_PAGE_SIZE = 100;

	public static final int MAX_ROWS = PartnerFileReader.MAX_ROWS;

	private final PartnerImportStaging staging;

	private final PartnerLists lists;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DataSize maxFileSize;

	private final PartnerFileReader reader = new PartnerFileReader();

	PartnerImports(PartnerImportStaging staging, PartnerLists lists, ApplicationEventPublisher events,
			@Value("${sangsaeng.partner-lists.max-upload:20MB}") DataSize maxFileSize, Clock clock) {
		this.staging = staging;
		this.lists = lists;
		this.events = events;
		this.clock = clock;
		this.maxFileSize = maxFileSize;
	}

	public DataSize maxFileSize() {
		return maxFileSize;
	}

	/**
	 * Reads an uploaded file and keeps its rows aside for the administrator's choice.
	 *
	 * @return the id under which the upload waits
	 * @throws UnreadablePartnerFile when the upload is not a partner list that can be read at all
	 */
	@Transactional
	public UUID upload(String funderCode, String fileName, byte[] content, String by) throws UnreadablePartnerFile {
		lists.funder(funderCode);
		String name = fileName == null ? "" : fileName.strip();
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		if (name.isEmpty() && content.length == 0) {
			throw new UnreadablePartnerFile(Reason.NO_FILE);
		}
		if (extension.equals("xlsx") || extension.equals("xls")) {
			throw new UnreadablePartnerFile(Reason.SPREADSHEET_WORKBOOK);
		}
		if (!extension.equals("csv")) {
			throw new UnreadablePartnerFile(Reason.NOT_CSV);
		}
		if (content.length > maxFileSize.toBytes()) {
			throw new UnreadablePartnerFile(Reason.TOO_LARGE, maxFileSize.toMegabytes());
		}
		PartnerFile file = reader.read(content);
		return staging.stage(funderCode, name, file.encoding(), file.rows(), by);
	}

	/**
	 * What importing a waiting upload would do, with one page (from 0) of its bad rows.
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(String funderCode, UUID id, int badRowsPage) {
		StagedImport staged = waiting(funderCode, id, false);
		Counts counts = staging.counts(staged);
		return new ImportPreview(staged.id(), staged.funderCode(), staged.fileName(), staged.encoding(),
				staged.rowCount(), counts.newPartners(), counts.updatedPartners(), counts.unchangedPartners(),
				counts.badRows(), counts.withContact(),
				staging.badRows(staged, counts.badRows(), PageRequest.of(Math.max(badRowsPage, 0), BAD_ROWS_PAGE_SIZE)),
				staged.uploadedBy(), staged.uploadedAt().toInstant());
	}

	/**
	 * Imports the good rows of a waiting upload, leaves its bad rows out and forgets the upload.
	 */
	@Transactional
	public ImportOutcome importGoodRows(String funderCode, UUID id, String by) {
		StagedImport staged = waiting(funderCode, id, true);
		ImportOutcome outcome = staging.importGoodRows(staged, by);
		staging.discard(staged);
		if (outcome.added() + outcome.updated() > 0) {
			events.publishEvent(new PartnerListChanged(funderCode, Change.IMPORTED, null, (int) outcome.added(),
					(int) outcome.updated(), 0, by, clock.instant()));
		}
		return outcome;
	}

	/**
	 * Forgets a waiting upload without importing anything.
	 */
	@Transactional
	public void importNothing(String funderCode, UUID id) {
		staging.discard(waiting(funderCode, id, true));
	}

	private StagedImport waiting(String funderCode, UUID id, boolean lock) {
		lists.funder(funderCode);
		return staging.find(id, funderCode, lock).orElseThrow(ImportNotWaitingException::new);
	}

}
