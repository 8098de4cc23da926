package kr.sangsaeng.company;

import kr.sangsaeng.shared.NotFoundException;

/**
 * No nomination of that id was made to this funder, or by this company; or the company is no tier-1 partner of the
 * funder it names.
 */
public class NominationNotFoundException extends NotFoundException {

	public NominationNotFoundException() {
		super("No such supplier nomination here");
	}

}
