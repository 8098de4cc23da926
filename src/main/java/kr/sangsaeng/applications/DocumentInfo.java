package kr.sangsaeng.applications;

import java.time.Instant;

/**
 * A document attached to an application, without its content.
 */
public record DocumentInfo(long id, String fileName, String mediaType, int sizeBytes, String uploadedBy,
		Instant uploadedAt) {

	public String readableSize() {
		return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / (1024.0 * 1024))
				: String.format("%d KB", Math.max(1, sizeBytes / 1024));
	}

}
