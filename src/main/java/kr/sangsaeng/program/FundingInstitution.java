package kr.sangsaeng.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A large corporation or financial institution that contributes to programmes.
 */
@Entity
@Table(name = "funder")
class FundingInstitution extends NamedInstitution {

	enum Kind {

		CORPORATION, FINANCIAL_INSTITUTION

	}

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	/** Its business registration number (사업자등록번호), ten digits, where known. */
	@Column(name = "business_number")
	private String businessNumber;

	String businessNumber() {
		return businessNumber;
	}

}
