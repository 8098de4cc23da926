package kr.sangsaeng.applications;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of an agreement's document checklist with what the application holds in it: required or not, how old
 * its issue date may be ({@code maxAgeDays}, {@code null} for any age), and the documents uploaded against it (one,
 * except in the "other" slot). The funder's recommendation letter is never uploaded: it comes with the
 * recommendation attached on submission.
 */
public record ChecklistSlot(String documentType, boolean required, Integer maxAgeDays, boolean official,
		boolean fromFunder, List<DocumentInfo> documents) {

	public static final String OTHER = "OTHER";

	public String nameKey() {
		return "document.type." + documentType;
	}

	public boolean other() {
		return OTHER.equals(documentType);
	}

	public boolean filled() {
		return !documents.isEmpty();
	}

	public DocumentInfo document() {
		return documents.isEmpty() ? null : documents.get(documents.size() - 1);
	}

	/**
	 * The oldest issue date this slot accepts on {@code today}, or {@code null} when any date will do.
	 */
	public LocalDate oldestIssue(LocalDate today) {
		return maxAgeDays == null ? null : today.minusDays(maxAgeDays);
	}

	public boolean stale(LocalDate today) {
		DocumentInfo document = document();
		return document != null && maxAgeDays != null
				&& (document.issuedOn() == null || document.issuedOn().isBefore(oldestIssue(today)));
	}

	public boolean missing() {
		return required && !fromFunder && !filled();
	}

	public boolean askedAgain() {
		return documents.stream().anyMatch(DocumentInfo::askedAgain);
	}

	public boolean uploadable() {
		return !fromFunder;
	}

}
