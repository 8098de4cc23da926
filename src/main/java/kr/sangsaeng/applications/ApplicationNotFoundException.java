package kr.sangsaeng.applications;

import kr.sangsaeng.shared.NotFoundException;

/**
 * No such application, or not one the asker may see: both look the same from outside.
 */
public class ApplicationNotFoundException extends NotFoundException {

	public ApplicationNotFoundException() {
		super("application not found");
	}

}
