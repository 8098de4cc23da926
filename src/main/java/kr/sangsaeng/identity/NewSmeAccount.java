package kr.sangsaeng.identity;

import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;

/**
 * What it takes to open an SME's organisation and its first account: the business registration number becomes
 * the organisation's code, the email address the account's username.
 *
 * @param businessNumber the company's business registration number
 * @param companyName the company's name in Korean and English
 * @param email where the company is reached; its username, in lower case
 * @param password the password as typed; it is kept only as a BCrypt hash
 * @param displayName the name shown for the account (the representative's)
 */
public record NewSmeAccount(BusinessRegistrationNumber businessNumber, LocalizedName companyName, String email,
		String password, String displayName) {

	@Override
	public String toString() {
		return "NewSmeAccount[" + businessNumber + ", " + email + "]";
	}

}
