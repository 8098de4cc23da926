package kr.sangsaeng.applications;

/**
 * No such application, or not one the asker may see: both look the same from outside.
 */
public class ApplicationNotFoundException extends RuntimeException {

	public ApplicationNotFoundException() {
		super("application not found");
	}

}
