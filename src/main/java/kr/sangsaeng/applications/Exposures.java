package kr.sangsaeng.applications;

import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an SME holds or has asked for: approved amounts of live guarantees and requested amounts of applications
 * awaiting a decision. Both the SME's eligibility and the agency's review read it.
 */
@Component
class Exposures {

	private static final String HELD = "status in ('SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'RECOMMENDED', "
			+ "'APPROVED', 'DISBURSING', 'ACTIVE')";

	private final JdbcClient jdbc;

	Exposures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Won inProgramme(long organisationId, ProgrammeCode programmeCode) {
		return Won.of(jdbc
			.sql("select coalesce(sum(coalesce(approved_won, amount_won)), 0) from guarantee_application "
					+ "where organisation_id = :organisation and programme_code = :programme and " + HELD)
			.param("organisation", organisationId)
			.param("programme", programmeCode.value())
			.query(Long.class)
			.single());
	}

	Won everywhere(long organisationId) {
		return Won.of(jdbc
			.sql("select coalesce(sum(coalesce(approved_won, amount_won)), 0) from guarantee_application "
					+ "where organisation_id = :organisation and " + HELD)
			.param("organisation", organisationId)
			.query(Long.class)
			.single());
	}

}
