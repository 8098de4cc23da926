package kr.sangsaeng.company.web;

import java.io.IOException;
import java.util.Optional;

import kr.sangsaeng.shared.UploadedDocument;

import org.springframework.web.multipart.MultipartFile;

/**
 * A business registration certificate as the browser sent it, for {@link kr.sangsaeng.company.OwnershipCertificates}
 * to check. A file larger than any document may be is not read: it is refused as too large all the same.
 */
final class CertificateUpload {

	/** The form field that carries the certificate, on the sign-up and the verification page. */
	static final String FIELD = "certificate";

	private CertificateUpload() {
	}

	/**
	 * The chosen file, or empty when the field was left alone (browsers then send an empty part without a name).
	 */
	static Optional<UploadedDocument> of(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return Optional.empty();
		}
		return Optional.of(new UploadedDocument(file.getOriginalFilename(), file.getContentType(),
				file.getSize() > UploadedDocument.MAX_BYTES ? new byte[UploadedDocument.MAX_BYTES + 1] : file.getBytes()));
	}

}
