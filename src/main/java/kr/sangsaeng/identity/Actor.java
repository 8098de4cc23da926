package kr.sangsaeng.identity;

import java.io.Serializable;

/**
 * Who does something, as timelines, ledgers and events record it: a person by username and role, a bank's
 * system by its API token ({@code api-token:ID}, role {@code BANK_SYSTEM}), or the system itself when no one
 * asked (a scheduled task, demo data).
 *
 * @param name the username, {@code api-token:ID} or {@code system}
 * @param role a {@link Role} name, {@link BankClient#ROLE} or {@code SYSTEM}
 */
public record Actor(String name, String role) implements Serializable {

	public static final String SYSTEM_ROLE = "SYSTEM";

	/**
	 * The application itself, acting on no one's request.
	 */
	public static final Actor SYSTEM = new Actor("system", SYSTEM_ROLE);

	public Actor {
		if (name == null || name.isBlank() || role == null || role.isBlank()) {
			throw new IllegalArgumentException("An actor has a name and a role");
		}
	}

	/**
	 * A person acting in the given role.
	 */
	public static Actor person(String username, Role role) {
		return new Actor(username, role.name());
	}

	/**
	 * Whether a bank's system did it through the API rather than a person in the browser.
	 */
	public boolean isBankSystem() {
		return BankClient.ROLE.equals(role);
	}

	@Override
	public String toString() {
		return name + " (" + role + ")";
	}

}
