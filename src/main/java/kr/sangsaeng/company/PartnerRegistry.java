package kr.sangsaeng.company;

import java.util.Map;
import java.util.Optional;

import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.company.internal.PartnerRepository;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a company is on a funder's partner list, and at which tier: what programmes that require a partner list
 * check an applicant against. Funders are named by their code ({@code HYUNDAI}, {@code POSCOINTL}, ...).
 */
@Service
@Transactional(readOnly = true)
public class PartnerRegistry {

	/** Who puts the demo's applicants on the lists, as the demo's partner lists name their author. */
	static final String DEMO_BY = "demo";

	private final PartnerRepository partners;

	private final PartnerLists lists;

	private final SupplierNominationRepository nominations;

	PartnerRegistry(PartnerRepository partners, PartnerLists lists, SupplierNominationRepository nominations) {
		this.partners = partners;
		this.lists = lists;
		this.nominations = nominations;
	}

	/**
	 * Puts one of the demo's applicants on a funder's list at {@code tier}, as if the demo's lists had named it when it
	 * applied; a company listed there already keeps its tier, and one nominated to the funder and waiting for its
	 * decision is left to the funder (profile {@code demo} only).
	 *
	 * @return the company's tier on the funder's list now, or empty when it is not on it
	 */
	@Transactional
	public Optional<PartnerTier> listDemoApplicant(String funderCode, BusinessRegistrationNumber number,
			String companyName, PartnerTier tier) {
		Optional<PartnerTier> listed = tierOf(funderCode, number);
		if (listed.isPresent() || nominations.isWaiting(funderCode, number.digits())) {
			return listed;
		}
		lists.add(funderCode, number, companyName, tier, DEMO_BY);
		return Optional.of(tier);
	}

	public Optional<PartnerTier> tierOf(String funderCode, BusinessRegistrationNumber number) {
		return partners.tierOf(funderCode, number);
	}

	public boolean isPartner(String funderCode, BusinessRegistrationNumber number) {
		return tierOf(funderCode, number).isPresent();
	}

	/**
	 * Every funder that lists the company, by funder code, with the company's tier on that funder's list.
	 */
	public Map<String, PartnerTier> partnershipsOf(BusinessRegistrationNumber number) {
		return partners.tiersOf(number);
	}

}
