package kr.sangsaeng.applications.web;

import java.util.ArrayList;
import java.util.List;

import kr.sangsaeng.applications.AgreementChecklist;
import kr.sangsaeng.applications.DocumentRequirement;
import kr.sangsaeng.applications.DocumentType;

/**
 * An agreement's checklist as the administrator edits it: one row per kind of document, in the order checklists
 * list them, saying whether the agreement asks for it, whether it is required and, for an official document, how
 * many days old it may be (blank for any age).
 */
public class DocumentChecklistForm {

	private List<Row> rows = new ArrayList<>();

	static DocumentChecklistForm of(AgreementChecklist checklist, List<DocumentType> types) {
		DocumentChecklistForm form = new DocumentChecklistForm();
		for (DocumentType type : types) {
			Row row = new Row();
			row.setDocumentType(type.code());
			checklist.requirement(type.code()).ifPresent(requirement -> {
				row.setAsked(true);
				row.setRequired(requirement.required());
				row.setMaxAgeDays(requirement.maxAgeDays() == null ? "" : String.valueOf(requirement.maxAgeDays()));
			});
			form.rows.add(row);
		}
		return form;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
	}

	/**
	 * One kind of document; a box left unticked is not sent, and so reads as false.
	 */
	public static class Row {

		private String documentType = "";

		private boolean asked;

		private boolean required;

		private String maxAgeDays = "";

		public String getDocumentType() {
			return documentType;
		}

		public void setDocumentType(String documentType) {
			this.documentType = documentType;
		}

		public boolean isAsked() {
			return asked;
		}

		public void setAsked(boolean asked) {
			this.asked = asked;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getMaxAgeDays() {
			return maxAgeDays;
		}

		public void setMaxAgeDays(String maxAgeDays) {
			this.maxAgeDays = maxAgeDays;
		}

		boolean ageTyped() {
			return maxAgeDays != null && !maxAgeDays.isBlank();
		}

	}

	/** The most digits a number of days may have as typed. */
	static final int AGE_DIGITS = String.valueOf(DocumentRequirement.MAX_AGE_DAYS).length();

}
