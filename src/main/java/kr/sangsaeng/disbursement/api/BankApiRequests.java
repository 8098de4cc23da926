package kr.sangsaeng.disbursement.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import kr.sangsaeng.disbursement.LoanNotFoundException;
import kr.sangsaeng.shared.ApplicationId;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What every request of the bank API must be before it is read: a loan id in its path, and a JSON body.
 */
final class BankApiRequests {

	private BankApiRequests() {
	}

	/**
	 * Bodies are JSON; anything else is refused before it is read (mapping {@code consumes} would refuse it before
	 * this API's problem answers apply).
	 */
	static void requireJson(String contentType) {
		try {
			if (contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
				return;
			}
		}
		catch (InvalidMediaTypeException unreadable) {
			// refused below
		}
		throw new UnsupportedBodyException();
	}

	/**
	 * The {@code Idempotency-Key} header, present and in its form, or a 400 naming it.
	 */
	static String idempotencyKey(String key) {
		if (key == null || key.isBlank()) {
			throw new InvalidRequestException("Idempotency-Key", "The Idempotency-Key header is missing.");
		}
		if (key.length() > BankDisbursementsApiController.LONGEST_KEY || !key.matches("[\\x21-\\x7E]+")) {
			throw new InvalidRequestException("Idempotency-Key",
					"The Idempotency-Key must be 1 to 200 visible ASCII characters.");
		}
		return key;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
