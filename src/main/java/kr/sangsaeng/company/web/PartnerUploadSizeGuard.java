package kr.sangsaeng.company.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.system.OversizedUploadGuard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sends a partner list larger than the limit back to its upload page, which says why. Runs before the security
 * filters (order -100); the upload page itself is still only for programme administrators and the funder.
 */
@Component
@Order(-110)
class PartnerUploadSizeGuard extends OversizedUploadGuard {

	static final String TOO_LARGE_PARAMETER = OversizedUploadGuard.TOO_LARGE_PARAMETER;

	private static final Pattern UPLOAD = Pattern.compile("/admin/partners/([A-Za-z0-9_-]{1,16})/import");

	private static final String OWN_UPLOAD = "/funder/partners/import";

	PartnerUploadSizeGuard(@Value("${sangsaeng.partner-lists.max-upload:20MB}") DataSize limit) {
		super(limit);
	}

	@Override
	protected Optional<String> pageFor(String path) {
		if (path.equals(OWN_UPLOAD)) {
			return Optional.of(OWN_UPLOAD);
		}
		Matcher upload = UPLOAD.matcher(path);
		return upload.matches() ? Optional.of("/admin/partners/" + upload.group(1) + "/import") : Optional.empty();
	}

}
