package kr.sangsaeng.identity;

import java.io.Serializable;

import kr.sangsaeng.shared.BankCode;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The bank system behind a request to {@code /api/v1/bank/**}: the bank whose API token it presented, and that
 * token. Controllers receive it with {@code @AuthenticationPrincipal BankClient client} and show it only the
 * loans of {@link #bank()}.
 *
 * @param bank the bank's organisation (kind {@link OrganisationKind#BANK}, code such as {@code WOORI})
 * @param tokenId the id of the API token the request presented
 * @param tokenName what the administrator called the token, e.g. {@code 우리은행 여신시스템 운영}
 */
public record BankClient(OrganisationRef bank, long tokenId, String tokenName)
		implements AuthenticatedPrincipal, Serializable {

	/**
	 * The role every bank system has ({@code hasRole('BANK_SYSTEM')}); people never have it.
	 */
	public static final String ROLE = "BANK_SYSTEM";

	public BankClient {
		if (bank == null || bank.kind() != OrganisationKind.BANK) {
			throw new IllegalArgumentException("A bank client belongs to a bank, not to " + bank);
		}
	}

	/**
	 * The bank's code, e.g. {@code WOORI}.
	 */
	public BankCode bankCode() {
		return bank.bankCode();
	}

	/**
	 * This bank system as the one who does something.
	 */
	public Actor actor() {
		return new Actor(getName(), ROLE);
	}

	/**
	 * Who made a request, as the audit trail records it: {@code api-token:ID}.
	 */
	@Override
	public String getName() {
		return "api-token:" + tokenId;
	}

}
