package kr.sangsaeng.company;

import java.util.Map;
import java.util.Optional;

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

	private final PartnerRepository partners;

	PartnerRegistry(PartnerRepository partners) {
		this.partners = partners;
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
