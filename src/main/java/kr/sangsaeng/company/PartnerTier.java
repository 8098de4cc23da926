package kr.sangsaeng.company;

import java.util.Optional;

/**
 * How directly a partner SME supplies its funder: a tier-1 partner (1차 협력사) supplies the funder itself, a tier-2
 * partner supplies a tier-1 partner, and so on.
 */
public enum PartnerTier {

	TIER_1(1), TIER_2(2), TIER_3(3);

	private final int number;

	PartnerTier(int number) {
		this.number = number;
	}

	public int number() {
		return number;
	}

	public String messageKey() {
		return "partner.tier." + number;
	}

	public static Optional<PartnerTier> of(int number) {
		for (PartnerTier tier : values()) {
			if (tier.number == number) {
				return Optional.of(tier);
			}
		}
		return Optional.empty();
	}

}
