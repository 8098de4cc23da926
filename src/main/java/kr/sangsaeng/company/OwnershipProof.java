package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import kr.sangsaeng.company.internal.PartnerRepository;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.OwnershipTakenException;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an SME proves that the business registration number it signed up with is its own: a one-time code mailed to
 * the contact that a funder's partner list holds for the number (never to the address the claimant typed), typed
 * back by the company. The code is six digits, expires after {@link #CODE_LIFETIME}, is used once and is kept only
 * as a salted hash; a code allows {@link #MAX_ATTEMPTS} wrong tries and a company gets at most
 * {@link #MAX_CODES_PER_HOUR} codes an hour.
 */
@Service
@Transactional
public class OwnershipProof {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

	static final int MAX_ATTEMPTS = 5;

	static final int MAX_CODES_PER_HOUR = 3;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What came of asking for a code. */
	public enum Mailing {

		MAILED, NO_CONTACT, TOO_MANY, NOT_NEEDED

	}

	/** What came of typing a code. */
	public enum Confirmation {

		VERIFIED, WRONG, NO_CODE, THROTTLED, TAKEN, NOT_NEEDED

	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final PartnerRepository partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OwnershipProof(JdbcClient jdbc, Accounts accounts, PartnerRepository partners, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OwnershipStatus status(SignedInUser sme) {
		long organisation = smeOf(sme);
		Ownership ownership = accounts.ownership(organisation);
		String masked = partners.contactOf(number(sme)).map(OwnershipProof::mask).orElse(null);
		Instant expires = jdbc
			.sql("select expires_at from ownership_code where organisation_id = :organisation and used_at is null "
					+ "and expires_at > :now and attempts < :max order by created_at desc limit 1")
			.param("organisation", organisation)
			.param("now", Timestamp.from(clock.instant()))
			.param("max", MAX_ATTEMPTS)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		return new OwnershipStatus(ownership, masked, expires);
	}

	/**
	 * Mails a new code to the partner list's contact of the company's number; earlier codes stop working.
	 */
	public Mailing mailCode(SignedInUser sme) {
		long organisation = smeOf(sme);
		if (accounts.ownership(organisation) != Ownership.UNVERIFIED) {
			return Mailing.NOT_NEEDED;
		}
		BusinessRegistrationNumber number = number(sme);
		Optional<String> contact = partners.contactOf(number);
		if (contact.isEmpty()) {
			return Mailing.NO_CONTACT;
		}
		Instant now = clock.instant();
		// one request at a time per company, so that the hourly limit holds for requests sent at once
		jdbc.sql("select id from organisation where id = :organisation for update")
			.param("organisation", organisation)
			.query(Long.class)
			.single();
		int recent = jdbc
			.sql("select count(*) from ownership_code where organisation_id = :organisation and created_at > :since")
			.param("organisation", organisation)
			.param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Integer.class)
			.single();
		if (recent >= MAX_CODES_PER_HOUR) {
			return Mailing.TOO_MANY;
		}
		jdbc.sql("update ownership_code set used_at = :now where organisation_id = :organisation and used_at is null")
			.param("now", Timestamp.from(now))
			.param("organisation", organisation)
			.update();
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		String salt = HexFormat.of().formatHex(RANDOM.generateSeed(16));
		Instant expires = now.plus(CODE_LIFETIME);
		jdbc.sql("insert into ownership_code (organisation_id, code_hash, salt, sent_to, created_at, expires_at) "
				+ "values (:organisation, :hash, :salt, :to, :now, :expires)")
			.param("organisation", organisation)
			.param("hash", hash(salt, code))
			.param("salt", salt)
			.param("to", contact.get())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
		events.publishEvent(new OwnershipCodeMailed(organisation, number, sme.organisation().name().korean(),
				contact.get(), code, expires, sme.getUsername(), now));
		return Mailing.MAILED;
	}

	/**
	 * Checks a typed code against the company's latest code; the right code makes the company the verified owner
	 * of its number and supersedes the other claims of it.
	 */
	public Confirmation confirm(SignedInUser sme, String typed) {
		long organisation = smeOf(sme);
		if (accounts.ownership(organisation) != Ownership.UNVERIFIED) {
			return accounts.ownership(organisation) == Ownership.VERIFIED ? Confirmation.NOT_NEEDED
					: Confirmation.TAKEN;
		}
		BusinessRegistrationNumber number = number(sme);
		Instant now = clock.instant();
		record Code(long id, String hash, String salt, int attempts, Instant expiresAt) {
		}
		Optional<Code> latest = jdbc
			.sql("select id, code_hash, salt, attempts, expires_at from ownership_code "
					+ "where organisation_id = :organisation and used_at is null order by created_at desc limit 1 "
					+ "for update")
			.param("organisation", organisation)
			.query((row, count) -> new Code(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
					row.getTimestamp(5).toInstant()))
			.optional();
		if (latest.isEmpty() || !latest.get().expiresAt().isAfter(now)) {
			refused(organisation, number, "expired", sme, now);
			return Confirmation.NO_CODE;
		}
		Code code = latest.get();
		if (code.attempts() >= MAX_ATTEMPTS) {
			refused(organisation, number, "throttled", sme, now);
			return Confirmation.THROTTLED;
		}
		String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
		if (!digits.matches("[0-9]{6}") || !MessageDigest.isEqual(hash(code.salt(), digits).getBytes(StandardCharsets.US_ASCII),
				code.hash().getBytes(StandardCharsets.US_ASCII))) {
			jdbc.sql("update ownership_code set attempts = attempts + 1 where id = :id").param("id", code.id()).update();
			refused(organisation, number, "wrong", sme, now);
			return code.attempts() + 1 >= MAX_ATTEMPTS ? Confirmation.THROTTLED : Confirmation.WRONG;
		}
		jdbc.sql("update ownership_code set used_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", code.id())
			.update();
		try {
			accounts.verifyOwnership(organisation);
		}
		catch (OwnershipTakenException taken) {
			return Confirmation.TAKEN;
		}
		return Confirmation.VERIFIED;
	}

	private void refused(long organisation, BusinessRegistrationNumber number, String reason, SignedInUser sme,
			Instant now) {
		events.publishEvent(new OwnershipCodeRefused(organisation, number, reason, sme.getUsername(), now));
	}

	/**
	 * {@code kim.owner@hanbit.co.kr} shown as {@code k***@h***.co.kr}: enough for the company to recognise its
	 * address, too little for anyone else to learn it.
	 */
	static String mask(String address) {
		int at = address.indexOf('@');
		if (at < 1) {
			return "***";
		}
		String domain = address.substring(at + 1);
		int dot = domain.indexOf('.');
		String host = dot < 0 ? domain : domain.substring(0, dot);
		String rest = dot < 0 ? "" : domain.substring(dot);
		return address.charAt(0) + "***@" + (host.isEmpty() ? "" : host.charAt(0) + "***") + rest;
	}

	private static long smeOf(SignedInUser sme) {
		if (sme.organisation().kind() != OrganisationKind.SME) {
			throw new IllegalArgumentException(sme + " does not speak for an SME");
		}
		return sme.organisation().id();
	}

	private static BusinessRegistrationNumber number(SignedInUser sme) {
		return BusinessRegistrationNumber.parse(sme.organisation().code());
	}

	private static String hash(String salt, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((salt + ":" + code).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

}
