package kr.sangsaeng.identity;

/**
 * A sign-up refused because the business registration number or the email address already belongs to an
 * account. Nothing was saved.
 */
public class AlreadyRegisteredException extends RuntimeException {

	private final boolean businessNumberTaken;

	private final boolean emailTaken;

	public AlreadyRegisteredException(boolean businessNumberTaken, boolean emailTaken) {
		super("Already registered:" + (businessNumberTaken ? " business registration number" : "")
				+ (emailTaken ? " email" : ""));
		this.businessNumberTaken = businessNumberTaken;
		this.emailTaken = emailTaken;
	}

	public boolean businessNumberTaken() {
		return businessNumberTaken;
	}

	public boolean emailTaken() {
		return emailTaken;
	}

}
