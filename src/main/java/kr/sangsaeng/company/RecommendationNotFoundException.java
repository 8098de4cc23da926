package kr.sangsaeng.company;

import kr.sangsaeng.shared.NotFoundException;

/**
 * No recommendation of this funder has that id.
 */
public class RecommendationNotFoundException extends NotFoundException {

	public RecommendationNotFoundException() {
		super("No such recommendation of this funder");
	}

}
