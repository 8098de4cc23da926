package kr.sangsaeng.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.shared.AuditableEvent;

/**
 * An administrator issued a bank an API token, or revoked one. Carries what identifies the token to people (its
 * name and non-secret prefix), never the token itself.
 *
 * @param tokenId the token's id
 * @param bankCode the code of the bank the token belongs to
 * @param name what the administrator called the token
 * @param prefix the token's first characters, shown to administrators
 * @param change what happened
 * @param actor the username of who did it
 * @param at when
 */
public record BankApiTokenChanged(long tokenId, String bankCode, String name, String prefix, Change change,
		String actor, Instant at) implements AuditableEvent {

	public enum Change {

		CREATED, REVOKED

	}

	@Override
	public String auditSubject() {
		return "api-token:" + tokenId;
	}

	/**
	 * {@code api-token.created} or {@code api-token.revoked}.
	 */
	@Override
	public String auditAction() {
		return "api-token." + change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("bank", bankCode);
		details.put("name", name);
		details.put("prefix", prefix);
		return details;
	}

}
