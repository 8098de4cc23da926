package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator sets an agreement's terms per guarantee year.
 */
@Service
@Transactional
public class TermSchedules {

	/** The longest guarantee the schedule's years may name. */
	public static final int LAST_YEAR = 20;

	/** The highest yearly fee rate a row may state, in percent. */
	public static final BigDecimal MAX_FEE = BigDecimal.TEN;

	/** The largest interest-rate preference, in percentage points. */
	public static final BigDecimal MAX_POINTS = BigDecimal.TEN;

	private final ProgrammeCatalogue catalogue;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TermSchedules(ProgrammeCatalogue catalogue, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Replaces the agreement's schedule with {@code rows}: contiguous from year 1, only the last open-ended.
	 *
	 * @throws ProgrammeRuleException on the field {@code rows[i].<figure>} of the first row that breaks a rule
	 * @throws UnknownAgreementException when the agreement is not the programme's
	 */
	public void replace(ProgrammeCode programme, AgreementCode agreement, List<TermYear> rows, String actor) {
		check(rows);
		ProgrammeSummary summary = catalogue.find(programme).orElseThrow(() -> new UnknownProgrammeException(programme));
		Agreement current = summary.agreement(agreement).orElseThrow(() -> new UnknownAgreementException(agreement));
		long agreementId = jdbc.sql("select id from agreement where code = :code for update")
			.param("code", agreement.value())
			.query(Long.class)
			.single();
		String before = describe(current.schedule(summary.terms()).rows());
		jdbc.sql("delete from agreement_term_year where agreement_id = :agreement").param("agreement", agreementId).update();
		for (TermYear row : rows) {
			jdbc.sql("insert into agreement_term_year (agreement_id, from_year, to_year, guarantee_ratio_percent, "
					+ "fee_percent, funders_fee_share_percent, rate_preference_points, fee_support_cap_won, "
					+ "interest_subsidy_cap_won) values (:agreement, :from, :to, :ratio, :fee, :share, :points, "
					+ ":feeCap, :interestCap)")
				.param("agreement", agreementId)
				.param("from", row.fromYear())
				.param("to", row.toYear())
				.param("ratio", row.guaranteeRatio().value())
				.param("fee", row.feeRate().value())
				.param("share", row.fundersShare().value())
				.param("points", row.ratePreferencePoints())
				.param("feeCap", row.feeSupportCap() == null ? null : row.feeSupportCap().value())
				.param("interestCap", row.interestSubsidyCap() == null ? null : row.interestSubsidyCap().value())
				.update();
		}
		jdbc.sql("update agreement set updated_at = now() where id = :agreement").param("agreement", agreementId).update();
		// the catalogue reads an agreement's yearly terms again when its programme's version changes
		jdbc.sql("update programme set version = version + 1, updated_at = now() where code = :code")
			.param("code", programme.value())
			.update();
		events.publishEvent(new TermScheduleChanged(programme, agreement, before, describe(rows), actor,
				clock.instant()));
	}

	static void check(List<TermYear> rows) {
		if (rows.isEmpty()) {
			throw ProgrammeRuleException.onField("rows", "termSchedule.rule.noRows");
		}
		int expected = 1;
		for (int i = 0; i < rows.size(); i++) {
			TermYear row = rows.get(i);
			String field = "rows[" + i + "].";
			if (row.fromYear() != expected) {
				throw ProgrammeRuleException.onField(field + "fromYear", "termSchedule.rule.contiguous", expected);
			}
			boolean last = i == rows.size() - 1;
			if (last && row.toYear() != null) {
				throw ProgrammeRuleException.onField(field + "toYear", "termSchedule.rule.lastOpenEnded");
			}
			if (!last && row.toYear() == null) {
				throw ProgrammeRuleException.onField(field + "toYear", "termSchedule.rule.onlyLastOpenEnded");
			}
			if (row.toYear() != null && (row.toYear() < row.fromYear() || row.toYear() >= LAST_YEAR)) {
				throw ProgrammeRuleException.onField(field + "toYear", "termSchedule.rule.toYear", row.fromYear(),
						LAST_YEAR - 1);
			}
			if (row.guaranteeRatio().value().signum() <= 0) {
				throw ProgrammeRuleException.onField(field + "guaranteeRatio", "termSchedule.rule.ratio");
			}
			if (row.feeRate().value().compareTo(MAX_FEE) > 0) {
				throw ProgrammeRuleException.onField(field + "feeRate", "termSchedule.rule.feeRate",
						MAX_FEE.toPlainString());
			}
			if (row.ratePreferencePoints().signum() < 0 || row.ratePreferencePoints().compareTo(MAX_POINTS) > 0
					|| row.ratePreferencePoints().stripTrailingZeros().scale() > 3) {
				throw ProgrammeRuleException.onField(field + "ratePreferencePoints", "termSchedule.rule.points",
						MAX_POINTS.toPlainString());
			}
			if (row.feeSupportCap() != null && row.feeSupportCap().value() < 0) {
				throw ProgrammeRuleException.onField(field + "feeSupportCap", "termSchedule.rule.cap");
			}
			if (row.interestSubsidyCap() != null && row.interestSubsidyCap().value() < 0) {
				throw ProgrammeRuleException.onField(field + "interestSubsidyCap", "termSchedule.rule.cap");
			}
			expected = row.toYear() == null ? expected : row.toYear() + 1;
		}
	}

	private static String describe(List<TermYear> rows) {
		return rows.stream()
			.map(row -> row.fromYear() + "-" + (row.toYear() == null ? "" : row.toYear()) + ": ratio "
					+ row.guaranteeRatio().plain() + "%, fee " + row.feeRate().plain() + "%, funders "
					+ row.fundersShare().plain() + "%, preference " + row.ratePreferencePoints().stripTrailingZeros()
						.toPlainString()
					+ "p, fee cap " + cap(row.feeSupportCap()) + ", interest cap " + cap(row.interestSubsidyCap()))
			.collect(Collectors.joining("\n"));
	}

	private static String cap(Won cap) {
		return cap == null ? "-" : String.valueOf(cap.value());
	}

}
