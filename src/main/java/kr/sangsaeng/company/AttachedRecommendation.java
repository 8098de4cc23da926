package kr.sangsaeng.company;

import kr.sangsaeng.shared.LocalizedName;

/**
 * The recommendation an application carries, as the SME and the reviewer see it.
 *
 * @param withdrawn the funder withdrew it after the application was submitted
 * @param expired its validity ended before today
 */
public record AttachedRecommendation(RecommendationView recommendation, LocalizedName funder, boolean withdrawn,
		boolean expired) {

	/**
	 * The recommendation no longer stands: a reviewer must be told.
	 */
	public boolean flagged() {
		return withdrawn || expired;
	}

}
