package kr.sangsaeng.company;

import java.time.Instant;

import kr.sangsaeng.shared.BusinessRegistrationNumber;

/**
 * A business registration certificate an SME uploaded, without its content, and what became of it.
 *
 * @param uploadedBy the account that uploaded it
 * @param decidedBy the officer who confirmed or refused it, else {@code null}
 * @param refusalReason why an officer refused it, else {@code null}
 */
public record OwnershipCertificate(long id, long organisationId, BusinessRegistrationNumber businessNumber,
		String fileName, String mediaType, int sizeBytes, String uploadedBy, Instant uploadedAt,
		CertificateStatus status, String decidedBy, Instant decidedAt, String refusalReason) {

	public boolean pending() {
		return status == CertificateStatus.PENDING;
	}

	/**
	 * Whether a browser shows it as a picture, rather than in its PDF viewer.
	 */
	public boolean image() {
		return mediaType.startsWith("image/");
	}

	public String readableSize() {
		return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / (1024.0 * 1024))
				: String.format("%d KB", Math.max(1, sizeBytes / 1024));
	}

}
