package kr.sangsaeng.identity.web;

import java.util.List;

import kr.sangsaeng.identity.FieldProblem;

import org.springframework.validation.BindingResult;

/**
 * The password forms' fields, never shown back in a page, and how their problems reach them.
 */
final class PasswordForms {

	private PasswordForms() {
	}

	/**
	 * The password a person chooses, typed twice.
	 */
	static class ChosenPassword {

		private String password = "";

		private String passwordConfirm = "";

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getPasswordConfirm() {
			return passwordConfirm;
		}

		public void setPasswordConfirm(String passwordConfirm) {
			this.passwordConfirm = passwordConfirm;
		}

		boolean confirmed(BindingResult errors) {
			if (password == null || !password.equals(passwordConfirm)) {
				errors.rejectValue("passwordConfirm", "password.confirm.mismatch");
				return false;
			}
			return true;
		}

	}

	/**
	 * A change of password by a signed-in person, who types the current one first.
	 */
	static class PasswordChange extends ChosenPassword {

		private String currentPassword = "";

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

	}

	static void reject(BindingResult errors, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey());
			}
			else {
				errors.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

}
