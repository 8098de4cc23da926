package kr.sangsaeng.identity;

/**
 * A member of staff an administrator invites: the account is opened at once and its holder chooses the password
 * through the link mailed to {@code email}.
 *
 * @param organisationCode the code of the ministry, agency or bank the person works for
 */
public record NewStaffAccount(String username, String displayName, String email, Role role,
		String organisationCode) {
}
