package kr.sangsaeng.identity.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.sangsaeng.identity.MailRecipient;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;

@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	/** Where mail for the account goes: an SME's sign-in address, or the address a member of staff was invited at. */
	@Column
	private String email;

	/** {@code ko} or {@code en}: the language of the mail the account gets. */
	@Column(nullable = false)
	private String language = "ko";

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String passwordHash, String displayName, Role role, Organisation organisation,
			Instant createdAt) {
		this.createdAt = createdAt;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.organisation = organisation;
		if (username.contains("@")) {
			this.email = username.toLowerCase(Locale.ROOT);
		}
	}

	public void receivesMailAt(String address) {
		this.email = address.strip().toLowerCase(Locale.ROOT);
	}

	public void speaks(Locale locale) {
		this.language = MailRecipient.languageOf(locale);
	}

	public MailRecipient toMailRecipient() {
		return new MailRecipient(email, displayName, Locale.forLanguageTag(language));
	}

	public SignedInUser toSignedInUser() {
		return new SignedInUser(id, username, passwordHash, displayName, role, organisation.toRef(), enabled);
	}

	long id() {
		return id;
	}

	String username() {
		return username;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	void choosePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	boolean isEnabled() {
		return enabled;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	AccountView toView() {
		return new AccountView(id, username, displayName, role, organisation.toRef(), enabled, lastSignInAt, email);
	}

}
