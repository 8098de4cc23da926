package kr.sangsaeng.applications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document attached to an application, without its content: the checklist slot it fills, the day it was issued
 * (for an official document) and what the reviewer made of it.
 */
public record DocumentInfo(long id, String fileName, String mediaType, int sizeBytes, String uploadedBy,
		Instant uploadedAt, String documentType, LocalDate issuedOn, DocumentReview review, String reviewReason) {

	public String readableSize() {
		return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / (1024.0 * 1024))
				: String.format("%d KB", Math.max(1, sizeBytes / 1024));
	}

	public String typeKey() {
		return "document.type." + documentType;
	}

	public boolean accepted() {
		return review == DocumentReview.ACCEPTED;
	}

	public boolean askedAgain() {
		return review == DocumentReview.ASKED_AGAIN;
	}

}
