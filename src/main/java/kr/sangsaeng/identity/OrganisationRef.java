package kr.sangsaeng.identity;

import java.io.Serializable;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.LocalizedName;

/**
 * The organisation an account belongs to, as other modules see it. {@code code} is the agency or bank code
 * (e.g. {@code KODIT}, {@code WOORI}), the ministry's code, {@code FUNDER-} and the funding institution's code, or an SME's business registration number; an agency or a
 * bank gives it typed by {@link #agencyCode()} and {@link #bankCode()}.
 */
public record OrganisationRef(long id, OrganisationKind kind, String code, LocalizedName name) implements Serializable {

	/**
	 * The agency's code.
	 *
	 * @throws IllegalStateException when this organisation is not a guarantee agency
	 */
	public AgencyCode agencyCode() {
		if (kind != OrganisationKind.AGENCY) {
			throw new IllegalStateException(code + " is not a guarantee agency");
		}
		return new AgencyCode(code);
	}

	/**
	 * The bank's code.
	 *
	 * @throws IllegalStateException when this organisation is not a bank
	 */
	public BankCode bankCode() {
		if (kind != OrganisationKind.BANK) {
			throw new IllegalStateException(code + " is not a bank");
		}
		return new BankCode(code);
	}

	/**
	 * The code of the funding institution this organisation stands for (e.g. {@code HYUNDAI} for
	 * {@code FUNDER-HYUNDAI}).
	 *
	 * @throws IllegalStateException when this organisation is not a funder
	 */
	public FunderCode funderCode() {
		if (kind != OrganisationKind.FUNDER) {
			throw new IllegalStateException(code + " is not a funder");
		}
		return FunderCode.ofOrganisation(code);
	}

	public boolean isAgency(AgencyCode agency) {
		return kind == OrganisationKind.AGENCY && code.equals(agency.value());
	}

	public boolean isBank(BankCode bank) {
		return kind == OrganisationKind.BANK && code.equals(bank.value());
	}

}
