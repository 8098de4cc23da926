package kr.sangsaeng.applications;

import java.util.Map;
import java.util.Optional;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.program.ProgrammeSummary;

/**
 * An SME's closest partnership with one of a programme's funders: the funder whose list names it at the lowest
 * tier number, and between funders naming it at the same tier, the one the programme lists first.
 */
record PartnerStanding(String funderCode, PartnerTier tier) {

	/**
	 * @param partnerships every funder that lists the company, with its tier there
	 */
	static Optional<PartnerStanding> closest(ProgrammeSummary programme, Map<String, PartnerTier> partnerships) {
		PartnerStanding closest = null;
		for (ProgrammeSummary.Funder funder : programme.funders()) {
			PartnerTier tier = partnerships.get(funder.code());
			if (tier != null && (closest == null || tier.number() < closest.tier().number())) {
				closest = new PartnerStanding(funder.code(), tier);
			}
		}
		return Optional.ofNullable(closest);
	}

}
