package kr.sangsaeng.company;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.company.internal.PartnerRepository;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.OwnershipProved;
import kr.sangsaeng.identity.OwnershipTakenException;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.StoredDocument;
import kr.sangsaeng.shared.UploadedDocument;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second way an SME proves its business registration number, for companies whose number no partner list gives a
 * contact for (or that prefer it): it uploads its business registration certificate (사업자등록증), checked like
 * every uploaded document ({@link UploadedDocument#inspect()}), and an agency officer compares it with what the
 * company declared. Any agency's reviewers and approvers check certificates: the company is tied to no agency yet,
 * and the check is of a document, not a guarantee decision. Confirming makes the company the verified owner exactly
 * as a mailed code does ({@link Accounts#verifyOwnership}, which supersedes the other claims of the number);
 * refusing says why, and the company may upload again. A pending or refused certificate verifies nothing.
 * <p>
 * Decisions and uploads lock the claims of the number first ({@link Accounts#lockClaim}), then change the
 * certificate with a conditional update: of two officers deciding at once one decides and the other is told, and a
 * certificate confirmed while another company proves the number is refused with {@link Decision#TAKEN}.
 */
@Service("ownershipCertificates")
@Transactional
public class OwnershipCertificates {

	public static final int MAX_REASON_LENGTH = 1000;

	static final int QUEUE_LIMIT = 200;

	private static final String COLUMNS = "id, organisation_id, business_number, file_name, media_type, size_bytes, "
			+ "uploaded_by, uploaded_at, status, decided_by, decided_at, refusal_reason";

	/** What came of an officer's decision. */
	public enum Decision {

		/** The certificate is confirmed and the company verified. */
		CONFIRMED,

		/** The certificate is refused with the officer's reason. */
		REFUSED,

		/** Another officer decided first; nothing changed. */
		ALREADY_DECIDED,

		/** The company uploaded a newer certificate meanwhile; nothing changed. */
		REPLACED,

		/** The company proved its number with a mailed code meanwhile; nothing changed. */
		NOT_NEEDED,

		/** Another company proved the number meanwhile: the certificate cannot be confirmed, and is closed. */
		TAKEN;

		public String messageKey() {
			return "certificate.decision." + name();
		}

		public boolean done() {
			return this == CONFIRMED || this == REFUSED;
		}

	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final RegisteredCompanyRepository companies;

	private final PartnerRepository partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OwnershipCertificates(JdbcClient jdbc, Accounts accounts, RegisteredCompanyRepository companies,
			PartnerRepository partners, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.companies = companies;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Why an upload cannot be a certificate (a message key taking the file's name), or empty when it may be; stores
	 * nothing.
	 */
	public static Optional<String> problemWith(UploadedDocument upload) {
		UploadedDocument.Inspection inspection = upload.inspect();
		return inspection.accepted() ? Optional.empty() : Optional.of(inspection.problem());
	}

	// The SME's side

	/**
	 * Takes the SME's certificate for an officer to check; a certificate still waiting is replaced by it.
	 *
	 * @throws CertificateRuleException on the field {@code certificate} when the file is empty, too large, not a
	 * PDF, JPEG or PNG, or not what its name says, and when the company has nothing left to prove
	 */
	public OwnershipCertificate upload(SignedInUser sme, UploadedDocument upload) {
		long organisation = smeOf(sme);
		problemWith(upload).ifPresent(problem -> {
			throw new CertificateRuleException("certificate", problem, upload.displayName());
		});
		UploadedDocument.Kind kind = upload.inspect().kind();
		if (accounts.lockClaim(organisation) != Ownership.UNVERIFIED) {
			throw new CertificateRuleException("certificate", "certificate.error.notNeeded");
		}
		Instant now = clock.instant();
		Long replaced = jdbc
			.sql("update ownership_certificate set status = 'REPLACED', decided_at = :now "
					+ "where organisation_id = :organisation and status = 'PENDING' returning id")
			.param("now", Timestamp.from(now))
			.param("organisation", organisation)
			.query(Long.class)
			.optional()
			.orElse(null);
		BusinessRegistrationNumber number = number(sme);
		long id = jdbc
			.sql("insert into ownership_certificate (organisation_id, business_number, file_name, media_type, "
					+ "size_bytes, sha256, content, uploaded_by, uploaded_at) values (:organisation, :number, :name, "
					+ ":type, :size, :sha, :content, :by, :now) returning id")
			.param("organisation", organisation)
			.param("number", number.digits())
			.param("name", upload.displayName())
			.param("type", kind.mediaType())
			.param("size", upload.content().length)
			.param("sha", sha256(upload.content()))
			.param("content", upload.content())
			.param("by", sme.getUsername())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		events.publishEvent(new CertificateUploaded(id, organisation, number, upload.displayName(), replaced, now));
		return find(id).orElseThrow();
	}

	/**
	 * The SME's latest certificate, whatever became of it.
	 */
	@Transactional(readOnly = true)
	public Optional<OwnershipCertificate> latest(SignedInUser sme) {
		return jdbc
			.sql("select " + COLUMNS + " from ownership_certificate where organisation_id = :organisation "
					+ "order by uploaded_at desc, id desc limit 1")
			.param("organisation", smeOf(sme))
			.query(OwnershipCertificates::certificate)
			.optional();
	}

	/**
	 * One of the SME's own certificates, with its content.
	 * @throws CertificateNotFoundException when it has none of this id
	 */
	@Transactional(readOnly = true)
	public StoredDocument ownFile(SignedInUser sme, long id) {
		return content(id, smeOf(sme)).orElseThrow(() -> new CertificateNotFoundException(id));
	}

	// The agency officers' side

	/**
	 * The certificates waiting for a check, those waiting longest first.
	 */
	@Transactional(readOnly = true)
	public List<PendingCertificate> pending(SignedInUser officer) {
		requireOfficer(officer);
		Instant now = clock.instant();
		return jdbc
			.sql("select c.id, c.business_number, c.uploaded_at, p.name_ko, p.name_en from ownership_certificate c "
					+ "left join company_profile p on p.organisation_id = c.organisation_id "
					+ "where c.status = 'PENDING' order by c.uploaded_at, c.id limit " + QUEUE_LIMIT)
			.query((row, count) -> {
				BusinessRegistrationNumber number = new BusinessRegistrationNumber(row.getString(2));
				Instant uploaded = row.getTimestamp(3).toInstant();
				String korean = row.getString(4);
				LocalizedName name = korean == null ? new LocalizedName(number.formatted(), number.formatted())
						: new LocalizedName(korean, row.getString(5));
				return new PendingCertificate(row.getLong(1), number, name, uploaded,
						Math.max(0, Duration.between(uploaded, now).toDays()));
			})
			.list();
	}

	@Transactional(readOnly = true)
	public long pendingCount() {
		return jdbc.sql("select count(*) from ownership_certificate where status = 'PENDING'")
			.query(Long.class)
			.single();
	}

	/**
	 * The number of certificates waiting, for the badge in an agency officer's navigation; 0 for anyone else. One
	 * statement, so it opens no transaction of its own beside the one the page reads what it shows in.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long pendingCountForCurrentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& isOfficer(user)) {
			return pendingCount();
		}
		return 0;
	}

	/**
	 * A certificate, whatever became of it, next to what its company declared.
	 * @throws CertificateNotFoundException when none has this id
	 */
	@Transactional(readOnly = true)
	public CertificateCheck check(SignedInUser officer, long id) {
		requireOfficer(officer);
		OwnershipCertificate certificate = find(id).orElseThrow(() -> new CertificateNotFoundException(id));
		CompanyProfile declared = companies.findByOrganisationId(certificate.organisationId())
			.map(RegisteredCompany::toProfile)
			.orElse(null);
		return new CertificateCheck(certificate, declared, accounts.ownership(certificate.organisationId()),
				List.copyOf(partners.tiersOf(certificate.businessNumber()).keySet()));
	}

	/**
	 * A certificate's content, for an officer to look at.
	 * @throws CertificateNotFoundException when none has this id
	 */
	@Transactional(readOnly = true)
	public StoredDocument file(SignedInUser officer, long id) {
		requireOfficer(officer);
		return content(id, null).orElseThrow(() -> new CertificateNotFoundException(id));
	}

	/**
	 * Confirms a waiting certificate: its company becomes the verified owner of the number, and the other claims of
	 * the number are superseded.
	 * @throws CertificateNotFoundException when none has this id
	 */
	public Decision confirm(SignedInUser officer, long id) {
		requireOfficer(officer);
		OwnershipCertificate certificate = find(id).orElseThrow(() -> new CertificateNotFoundException(id));
		if (!certificate.pending()) {
			return outcomeOf(certificate);
		}
		long organisation = certificate.organisationId();
		// the claims first, as verifications lock them, then the certificate: no two decisions wait for each other
		accounts.lockClaim(organisation);
		Instant now = clock.instant();
		if (!decide(id, "CONFIRMED", officer.getUsername(), null, now)) {
			return outcomeOf(find(id).orElseThrow());
		}
		try {
			accounts.verifyOwnership(organisation);
		}
		catch (OwnershipTakenException taken) {
			jdbc.sql("update ownership_certificate set status = 'CLOSED', decided_by = null where id = :id")
				.param("id", id)
				.update();
			return Decision.TAKEN;
		}
		events.publishEvent(new CertificateConfirmed(id, organisation, certificate.businessNumber(),
				officer.getUsername(), now));
		return Decision.CONFIRMED;
	}

	/**
	 * Refuses a waiting certificate, saying why; the company stays unverified and may upload another.
	 * @throws CertificateRuleException on the field {@code reason} when the reason is empty or too long
	 * @throws CertificateNotFoundException when none has this id
	 */
	public Decision refuse(SignedInUser officer, long id, String reason) {
		requireOfficer(officer);
		String why = reasonOf(reason);
		OwnershipCertificate certificate = find(id).orElseThrow(() -> new CertificateNotFoundException(id));
		if (!certificate.pending()) {
			return outcomeOf(certificate);
		}
		Instant now = clock.instant();
		if (!decide(id, "REFUSED", officer.getUsername(), why, now)) {
			return outcomeOf(find(id).orElseThrow());
		}
		events.publishEvent(new CertificateRefused(id, certificate.organisationId(), certificate.businessNumber(), why,
				officer.getUsername(), now));
		return Decision.REFUSED;
	}

	/**
	 * A refusal's reason as it is kept: blanks around it go, control characters but line breaks become spaces.
	 */
	static String reasonOf(String typed) {
		String text = typed == null ? ""
				: typed.codePoints()
					.map(c -> c == '\n' || !Character.isISOControl(c) ? c : ' ')
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
					.toString()
					.strip();
		if (text.isEmpty()) {
			throw new CertificateRuleException("reason", "certificate.refuse.error.required");
		}
		if (text.codePointCount(0, text.length()) > MAX_REASON_LENGTH) {
			throw new CertificateRuleException("reason", "certificate.refuse.error.tooLong", MAX_REASON_LENGTH);
		}
		return text;
	}

	/**
	 * Closes what is still waiting of the certificates of organisations whose claims a proof of ownership settled:
	 * the owner's (it proved the number otherwise) and those of the claims it superseded.
	 */
	@EventListener // commits with the proof: a certificate waits only while its company's claim is open
	void on(OwnershipProved proved) {
		List<Long> organisations = new ArrayList<>(proved.superseded());
		organisations.add(proved.organisationId());
		jdbc.sql("update ownership_certificate set status = 'CLOSED', decided_at = :at "
				+ "where organisation_id in (:organisations) and status = 'PENDING'")
			.param("at", Timestamp.from(proved.at()))
			.param("organisations", organisations)
			.update();
	}

	private boolean decide(long id, String status, String by, String reason, Instant at) {
		return jdbc
			.sql("update ownership_certificate set status = :status, decided_by = :by, decided_at = :at, "
					+ "refusal_reason = :reason where id = :id and status = 'PENDING'")
			.param("status", status)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	private Decision outcomeOf(OwnershipCertificate certificate) {
		return switch (certificate.status()) {
			case PENDING, CONFIRMED, REFUSED -> Decision.ALREADY_DECIDED;
			case REPLACED -> Decision.REPLACED;
			case CLOSED -> accounts.ownership(certificate.organisationId()) == Ownership.VERIFIED ? Decision.NOT_NEEDED
					: Decision.TAKEN;
		};
	}

	private Optional<OwnershipCertificate> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from ownership_certificate where id = :id")
			.param("id", id)
			.query(OwnershipCertificates::certificate)
			.optional();
	}

	private Optional<StoredDocument> content(long id, Long organisation) {
		return jdbc
			.sql("select file_name, media_type, content from ownership_certificate where id = :id"
					+ (organisation == null ? "" : " and organisation_id = :organisation"))
			.param("id", id)
			.param("organisation", organisation)
			.query((row, count) -> new StoredDocument(row.getString(1), row.getString(2), row.getBytes(3)))
			.optional();
	}

	private static OwnershipCertificate certificate(ResultSet row, int count) throws SQLException {
		Timestamp decided = row.getTimestamp("decided_at");
		return new OwnershipCertificate(row.getLong("id"), row.getLong("organisation_id"),
				new BusinessRegistrationNumber(row.getString("business_number")), row.getString("file_name"),
				row.getString("media_type"), row.getInt("size_bytes"), row.getString("uploaded_by"),
				row.getTimestamp("uploaded_at").toInstant(), CertificateStatus.valueOf(row.getString("status")),
				row.getString("decided_by"), decided == null ? null : decided.toInstant(),
				row.getString("refusal_reason"));
	}

	private static boolean isOfficer(SignedInUser user) {
		return (user.hasRole(Role.AGENCY_REVIEWER) || user.hasRole(Role.AGENCY_APPROVER))
				&& user.organisation().kind() == OrganisationKind.AGENCY;
	}

	private static void requireOfficer(SignedInUser officer) {
		if (officer == null || !isOfficer(officer)) {
			throw new AccessDeniedException("Only guarantee agency reviewers and approvers check certificates");
		}
	}

	private static long smeOf(SignedInUser sme) {
		if (sme.organisation().kind() != OrganisationKind.SME) {
			throw new AccessDeniedException(sme.getUsername() + " does not speak for an SME");
		}
		return sme.organisation().id();
	}

	private static BusinessRegistrationNumber number(SignedInUser sme) {
		return BusinessRegistrationNumber.parse(sme.organisation().code());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
