package kr.sangsaeng.company.internal;

import java.util.List;

/**
 * An upload that is not a partner list Sangsaeng can read at all, so that not a single row is looked at.
 */
public class UnreadablePartnerFile extends Exception {

	public enum Reason {

		NO_FILE, NOT_CSV, SPREADSHEET_WORKBOOK, TOO_LARGE, EMPTY, NOT_TEXT, MALFORMED, MISSING_COLUMNS, NO_ROWS,
		TOO_MANY_ROWS

	}

	private final Reason reason;

	private final List<Object> details;

	public UnreadablePartnerFile(Reason reason, Object... details) {
		super(reason.name());
		this.reason = reason;
		this.details = List.of(details);
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return "partner.upload.refused." + reason.name();
	}

	/**
	 * What the message about the reason mentions, such as the missing columns or a line number.
	 */
	public List<Object> details() {
		return details;
	}

}
