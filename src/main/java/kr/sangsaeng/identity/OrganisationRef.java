package kr.sangsaeng.identity;

import java.io.Serializable;

import kr.sangsaeng.shared.LocalizedName;

/**
 * The organisation an account belongs to, as other modules see it. {@code code} is the agency or bank code
 * (e.g. {@code KODIT}, {@code WOORI}), the ministry's code, or an SME's business registration number.
 */
public record OrganisationRef(long id, OrganisationKind kind, String code, LocalizedName name) implements Serializable {

	public boolean isAgency(String agencyCode) {
		return kind == OrganisationKind.AGENCY && code.equals(agencyCode);
	}

	public boolean isBank(String bankCode) {
		return kind == OrganisationKind.BANK && code.equals(bankCode);
	}

}
