package kr.sangsaeng.system;

import java.nio.charset.StandardCharsets;

import kr.sangsaeng.shared.StoredDocument;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How stored documents leave the server: with their checked media type, as a download unless the caller asks
 * to view it, never sniffed, sandboxed, and never cached by shared caches.
 */
public final class DocumentResponses {

	private DocumentResponses() {
	}

	public static ResponseEntity<byte[]> attachment(StoredDocument document) {
		return respond(document, ContentDisposition.attachment());
	}

	public static ResponseEntity<byte[]> inline(StoredDocument document) {
		return respond(document, ContentDisposition.inline());
	}

	private static ResponseEntity<byte[]> respond(StoredDocument document, ContentDisposition.Builder disposition) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(document.content());
	}

}
