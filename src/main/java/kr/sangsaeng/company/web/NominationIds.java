package kr.sangsaeng.company.web;

import kr.sangsaeng.company.NominationNotFoundException;

/**
 * A nomination's id as a path gives it; anything but digits is no nomination.
 */
final class NominationIds {

	private NominationIds() {
	}

	static long parse(String typed) {
		if (typed == null || !typed.matches("[0-9]{1,18}")) {
			throw new NominationNotFoundException();
		}
		return Long.parseLong(typed);
	}

}
