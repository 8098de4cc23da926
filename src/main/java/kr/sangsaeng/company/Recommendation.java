package kr.sangsaeng.company;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.sangsaeng.shared.Won;

/**
 * A funder's recommendation (추천) of one partner SME for one agreement.
 */
@Entity
@Table(name = "recommendation")
class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "funder_code", nullable = false, updatable = false)
	private String funderCode;

	@Column(name = "business_number", nullable = false, updatable = false)
	private String businessNumber;

	@Column(name = "company_name", nullable = false, updatable = false)
	private String companyName;

	@Column(name = "programme_code", nullable = false, updatable = false)
	private String programmeCode;

	@Column(name = "agreement_code", nullable = false, updatable = false)
	private String agreementCode;

	@Column(nullable = false, updatable = false)
	private short tier;

	@Column(name = "amount_won", nullable = false, updatable = false)
	private Won amount;

	@Column(name = "valid_until", nullable = false, updatable = false)
	private LocalDate validUntil;

	@Column(name = "issued_by", nullable = false, updatable = false)
	private String issuedBy;

	@Column(name = "issued_at", nullable = false, updatable = false)
	private Instant issuedAt;

	@Column(name = "withdrawn_by")
	private String withdrawnBy;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "application_id")
	private Long applicationId;

	@Version
	private long version;

	protected Recommendation() {
	}

	Recommendation(String funderCode, String businessNumber, String companyName, String programmeCode,
			String agreementCode, int tier, Won amount, LocalDate validUntil, String issuedBy, Instant issuedAt) {
		this.funderCode = funderCode;
		this.businessNumber = businessNumber;
		this.companyName = companyName;
		this.programmeCode = programmeCode;
		this.agreementCode = agreementCode;
		this.tier = (short) tier;
		this.amount = amount;
		this.validUntil = validUntil;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	void withdraw(String by, Instant at) {
		this.withdrawnBy = by;
		this.withdrawnAt = at;
	}

	void attachTo(long application) {
		this.applicationId = application;
	}

	boolean isWithdrawn() {
		return withdrawnAt != null;
	}

	Long applicationId() {
		return applicationId;
	}

	long id() {
		return id;
	}

	String funderCode() {
		return funderCode;
	}

	RecommendationView toView() {
		return new RecommendationView(id, funderCode, businessNumber, companyName, programmeCode, agreementCode, tier,
				amount, validUntil, issuedBy, issuedAt, withdrawnBy, withdrawnAt, applicationId);
	}

}
