package kr.sangsaeng.applications.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.sangsaeng.system.OversizedUploadGuard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sends documents larger than the whole upload may be back to their application's page, which says why.
 * Runs before the security filters; the page still shows the application to its own SME only.
 */
@Component
@Order(-110)
class DocumentUploadSizeGuard extends OversizedUploadGuard {

	private static final Pattern UPLOAD = Pattern.compile("/applications/([0-9]{1,18})/(documents|answer)");

	DocumentUploadSizeGuard(@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize limit) {
		super(limit);
	}

	@Override
	protected Optional<String> pageFor(String path) {
		Matcher upload = UPLOAD.matcher(path);
		return upload.matches() ? Optional.of("/applications/" + upload.group(1)) : Optional.empty();
	}

}
