package kr.sangsaeng.company;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.sangsaeng.shared.Won;

/**
 * A tier-1 partner's nomination of one of its own suppliers to a funder, at tier 2 or 3.
 */
@Entity
@Table(name = "supplier_nomination")
class SupplierNomination {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "funder_code", nullable = false, updatable = false)
	private String funderCode;

	@Column(name = "nominator_number", nullable = false, updatable = false)
	private String nominatorNumber;

	@Column(name = "nominator_organisation", nullable = false, updatable = false)
	private long nominatorOrganisation;

	@Column(name = "business_number", nullable = false, updatable = false)
	private String businessNumber;

	@Column(name = "company_name", nullable = false, updatable = false)
	private String companyName;

	@Column(nullable = false, updatable = false)
	private short tier;

	@Column(name = "through_number", updatable = false)
	private String throughNumber;

	@Column(updatable = false)
	private String reason;

	@Column(name = "yearly_trade_won", updatable = false)
	private Won yearlyTrade;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NominationStatus status;

	@Column(name = "nominated_by", nullable = false, updatable = false)
	private String nominatedBy;

	@Column(name = "nominated_at", nullable = false, updatable = false)
	private Instant nominatedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "refusal_reason")
	private String refusalReason;

	@Version
	private long version;

	protected SupplierNomination() {
	}

	SupplierNomination(String funderCode, String nominatorNumber, long nominatorOrganisation, String businessNumber,
			String companyName, int tier, String throughNumber, String reason, Won yearlyTrade, String nominatedBy,
			Instant nominatedAt) {
		this.funderCode = funderCode;
		this.nominatorNumber = nominatorNumber;
		this.nominatorOrganisation = nominatorOrganisation;
		this.businessNumber = businessNumber;
		this.companyName = companyName;
		this.tier = (short) tier;
		this.throughNumber = throughNumber;
		this.reason = reason;
		this.yearlyTrade = yearlyTrade;
		this.status = NominationStatus.NOMINATED;
		this.nominatedBy = nominatedBy;
		this.nominatedAt = nominatedAt;
	}

	boolean isWaiting() {
		return status == NominationStatus.NOMINATED;
	}

	void confirm(String by, Instant at) {
		decide(NominationStatus.CONFIRMED, by, at, null);
	}

	void refuse(String why, String by, Instant at) {
		decide(NominationStatus.REFUSED, by, at, why);
	}

	void withdraw(String by, Instant at) {
		decide(NominationStatus.WITHDRAWN, by, at, null);
	}

	private void decide(NominationStatus decided, String by, Instant at, String why) {
		this.status = decided;
		this.decidedBy = by;
		this.decidedAt = at;
		this.refusalReason = why;
	}

	NominationView toView() {
		return new NominationView(id, funderCode, nominatorNumber, nominatorOrganisation, businessNumber, companyName,
				tier, throughNumber, reason, yearlyTrade, status, nominatedBy, nominatedAt, decidedBy, decidedAt,
				refusalReason);
	}

}
