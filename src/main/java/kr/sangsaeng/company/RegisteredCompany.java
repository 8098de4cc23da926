package kr.sangsaeng.company;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

/**
 * A company registered on Sangsaeng, with the profile it keeps of itself.
 */
@Entity
@Table(name = "company_profile")
class RegisteredCompany {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "business_registration_number", nullable = false, updatable = false)
	private String businessRegistrationNumber;

	@Column(name = "name_ko", nullable = false)
	private String nameKo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "representative_name", nullable = false)
	private String representativeName;

	@Enumerated(EnumType.STRING)
	@Column(name = "industry_section", nullable = false)
	private IndustrySection industry;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Region region;

	@Column(nullable = false)
	private int employees;

	@Column(name = "annual_revenue_won", nullable = false)
	private Won annualRevenue;

	@Column(name = "founded_on", nullable = false)
	private LocalDate foundedOn;

	@Column(nullable = false)
	private String phone;

	@Column(nullable = false, updatable = false)
	private String email;

	@Column(name = "technology_firm", nullable = false)
	private boolean technologyFirm;

	@Column(nullable = false)
	private boolean exporter;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected RegisteredCompany() {
	}

	RegisteredCompany(long organisationId, BusinessRegistrationNumber businessNumber, String email,
			CompanyDetails details, Instant now) {
		this.organisationId = organisationId;
		this.businessRegistrationNumber = businessNumber.digits();
		this.email = email;
		this.createdAt = now;
		describe(details, now);
	}

	void describe(CompanyDetails details, Instant now) {
		LocalizedName name = details.name();
		this.nameKo = name.korean();
		this.nameEn = name.english();
		this.representativeName = details.representativeName();
		this.industry = details.industry();
		this.region = details.region();
		this.employees = details.employees();
		this.annualRevenue = details.annualRevenue();
		this.foundedOn = details.foundedOn();
		this.phone = details.phone();
		this.technologyFirm = details.technologyFirm();
		this.exporter = details.exporter();
		this.updatedAt = now;
	}

	long organisationId() {
		return organisationId;
	}

	BusinessRegistrationNumber businessNumber() {
		return new BusinessRegistrationNumber(businessRegistrationNumber);
	}

	CompanyProfile toProfile() {
		return new CompanyProfile(organisationId, businessNumber(), new LocalizedName(nameKo, nameEn),
				representativeName, industry, region, employees, annualRevenue, foundedOn, phone, email, createdAt,
				updatedAt, technologyFirm, exporter);
	}

}
