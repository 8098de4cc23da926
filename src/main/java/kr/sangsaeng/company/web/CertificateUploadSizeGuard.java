package kr.sangsaeng.company.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import kr.sangsaeng.system.OversizedUploadGuard;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sends a business registration certificate far larger than a document may be back to the page it came from (the
 * sign-up or the verification page), which says why next to the field, before anything reads it.
 */
@Component
@Order(-110)
class CertificateUploadSizeGuard extends OversizedUploadGuard {

	/** A document of the largest size allowed, with the rest of the sign-up form around it. */
	static final DataSize LIMIT = DataSize.ofMegabytes(11);

	CertificateUploadSizeGuard() {
		super(LIMIT);
	}

	/** Forms without a file keep their own limit (a 413 page past 2 MB). */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || super.shouldNotFilter(request);
	}

	@Override
	protected Optional<String> pageFor(String path) {
		return switch (path) {
			case "/company/verification/certificate" -> Optional.of("/company/verification");
			case "/register" -> Optional.of("/register");
			default -> Optional.empty();
		};
	}

}
