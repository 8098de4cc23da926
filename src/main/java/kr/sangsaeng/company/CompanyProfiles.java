package kr.sangsaeng.company;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.AlreadyRegisteredException;
import kr.sangsaeng.identity.NewSmeAccount;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.UploadedDocument;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs SMEs up and keeps their company profiles; other modules read the profiles here, by the SME's
 * organisation or business registration number.
 */
@Service
@Transactional(readOnly = true)
public class CompanyProfiles {

	private final RegisteredCompanyRepository companies;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	private final OwnershipCertificates certificates;

	CompanyProfiles(RegisteredCompanyRepository companies, Accounts accounts, ApplicationEventPublisher events,
			OwnershipCertificates certificates) {
		this.companies = companies;
		this.accounts = accounts;
		this.events = events;
		this.certificates = certificates;
	}

	/**
	 * The first {@code limit} registered companies, oldest first.
	 */
	public List<CompanyProfile> registered(int limit) {
		return companies.findAll(PageRequest.of(0, limit, Sort.by("id"))).map(RegisteredCompany::toProfile).toList();
	}

	/**
	 * The names of the companies these organisations registered, in one query; an organisation without a company
	 * profile is left out.
	 */
	public Map<Long, LocalizedName> namesOf(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, LocalizedName> names = new HashMap<>();
		companies.findNamesByOrganisationIds(Set.copyOf(organisationIds))
			.forEach(company -> names.put(company.getOrganisationId(),
					new LocalizedName(company.getKorean(), company.getEnglish())));
		return names;
	}

	public Optional<CompanyProfile> forOrganisation(long organisationId) {
		return companies.findByOrganisationId(organisationId).map(RegisteredCompany::toProfile);
	}

	/**
	 * The profile of the company that proved this business registration number is its own.
	 */
	public Optional<CompanyProfile> forBusinessNumber(BusinessRegistrationNumber businessNumber) {
		return accounts.organisation(businessNumber.digits())
			.flatMap(owner -> companies.findByOrganisationId(owner.id()))
			.map(RegisteredCompany::toProfile);
	}

	/**
	 * Whether a company has proved that this business registration number is its own. Companies that only claim
	 * the number do not count: the real company may still sign up.
	 */
	public boolean isRegistered(BusinessRegistrationNumber businessNumber) {
		return accounts.isRegistered(businessNumber);
	}

	/**
	 * Whether the SME has proved its business registration number: only then may it submit applications and count
	 * as a funder's partner.
	 */
	public Ownership ownership(long organisationId) {
		return accounts.ownership(organisationId);
	}

	/**
	 * Whether an account signs in with this email address already.
	 */
	public boolean isEmailTaken(String email) {
		return accounts.isUsernameTaken(email);
	}

	/**
	 * Creates the SME's organisation, its account and its company profile, all or nothing, and announces
	 * {@link CompanyRegistered}. The company is unverified until it proves the number is its own; other unverified
	 * claims of the number do not stop it.
	 * @return the new account, to be signed in
	 * @throws AlreadyRegisteredException when a verified company owns the business registration number, or the email
	 * address is taken
	 */
	@Transactional
	public SignedInUser register(CompanySignUp signUp) {
		BusinessRegistrationNumber businessNumber = signUp.businessNumber();
		CompanyDetails details = signUp.details();
		SignedInUser account = accounts.openSmeAccount(new NewSmeAccount(businessNumber, details.name(),
				signUp.email(), signUp.password(), details.representativeName()));
		Instant now = clock.instant();
		try {
			companies.saveAndFlush(new RegisteredCompany(account.organisation().id(), businessNumber,
					account.getUsername(), details, now));
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			throw new AlreadyRegisteredException(true, false);
		}
		events.publishEvent(
				new CompanyRegistered(account.organisation().id(), businessNumber, account.accountId(), now));
		return account;
	}

	/**
	 * Signs the company up as {@link #register(CompanySignUp)} does and, all or nothing with it, takes its business
	 * registration certificate for an agency officer to check.
	 * @param certificate the certificate, or {@code null} when the company sends none now
	 * @throws CertificateRuleException on the field {@code certificate} when the file cannot be a certificate;
	 * nothing is then signed up
	 */
	@Transactional
	public SignedInUser register(CompanySignUp signUp, UploadedDocument certificate) {
		if (certificate != null) {
			OwnershipCertificates.problemWith(certificate).ifPresent(problem -> {
				throw new CertificateRuleException("certificate", problem, certificate.displayName());
			});
		}
		SignedInUser account = register(signUp);
		if (certificate != null) {
			certificates.upload(account, certificate);
		}
		return account;
	}

	/**
	 * Replaces the details of the signed-in SME's own company, which is the only one it may change, and
	 * announces {@link CompanyProfileUpdated}. An SME that has no profile yet gets one.
	 */
	@Transactional
	public CompanyProfile update(SignedInUser by, CompanyDetails details) {
		OrganisationRef organisation = by.organisation();
		if (organisation.kind() != OrganisationKind.SME) {
			throw new IllegalArgumentException(by + " does not speak for an SME");
		}
		Optional<RegisteredCompany> existing = companies.findByOrganisationId(organisation.id());
		if (existing.isEmpty()) {
			return create(organisation, by.getUsername(), details, by.accountId());
		}
		RegisteredCompany company = existing.get();
		Instant now = clock.instant();
		company.describe(details, now);
		if (!organisation.name().equals(details.name())) {
			accounts.rename(organisation.id(), details.name());
		}
		events.publishEvent(new CompanyProfileUpdated(organisation.id(), company.businessNumber(), by.accountId(), now));
		return company.toProfile();
	}

	/**
	 * Gives an SME organisation that exists without a profile (such as the demo SME) its profile.
	 */
	@Transactional
	CompanyProfile create(OrganisationRef organisation, String email, CompanyDetails details, long by) {
		BusinessRegistrationNumber businessNumber = BusinessRegistrationNumber.parse(organisation.code());
		Instant now = clock.instant();
		RegisteredCompany company = companies.saveAndFlush(
				new RegisteredCompany(organisation.id(), businessNumber, email, details, now));
		if (!organisation.name().equals(details.name())) {
			accounts.rename(organisation.id(), details.name());
		}
		events.publishEvent(new CompanyRegistered(organisation.id(), businessNumber, by, now));
		return company.toProfile();
	}

}
