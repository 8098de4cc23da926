package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of what funders contributed to each agreement. A special contribution raises the capacity of an
 * agreement that follows its contributions by the amount times its multiple, through the capacity ledger in the
 * same transaction; a fee-support fund or an interest-subsidy deposit fills the agreement's pot of that kind.
 * Entries are never edited.
 */
@Service
@Transactional
public class Contributions {

	/** The most one won of a special contribution may back. */
	public static final BigDecimal MAX_MULTIPLE = BigDecimal.valueOf(100);

	private static final String SELECT = "select c.id, a.code, c.funder_code, f.name_ko, f.name_en, c.kind, "
			+ "c.amount_won, c.received_on, c.multiple, c.illustrative, c.recorded_by, c.recorded_at "
			+ "from agreement_contribution c join agreement a on a.id = c.agreement_id "
			+ "join programme p on p.id = a.programme_id join funder f on f.code = c.funder_code ";

	private final JdbcClient jdbc;

	private final CapacityLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Contributions(JdbcClient jdbc, CapacityLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a contribution a funder of the agreement paid.
	 *
	 * @param multiple required for a special contribution (more than 0, at most 100, two decimals), ignored for the
	 * other kinds
	 * @return whether the agreement's capacity followed it
	 * @throws ProgrammeRuleException on the field it concerns: a funder that does not fund the agreement, a missing
	 * or impossible multiple, a date in the future or a capacity that would overflow
	 */
	public boolean record(AgreementCode agreement, String funderCode, ContributionKind kind, Won amount,
			LocalDate receivedOn, BigDecimal multiple, String actor) {
		if (amount.isZero()) {
			throw ProgrammeRuleException.onField("amount", "programme.form.error.positive");
		}
		if (receivedOn.isAfter(SeoulTime.today(clock))) {
			throw ProgrammeRuleException.onField("receivedOn", "contribution.rule.receivedInFuture");
		}
		BigDecimal applied = kind.backsCapacity() ? multiple : null;
		if (kind.backsCapacity() && (multiple == null || multiple.signum() <= 0 || multiple.compareTo(MAX_MULTIPLE) > 0
				|| multiple.stripTrailingZeros().scale() > 2)) {
			throw ProgrammeRuleException.onField("multiple", "contribution.rule.multiple");
		}
		Long agreementId = jdbc.sql("select a.id from agreement a join agreement_funder f on f.agreement_id = a.id "
				+ "where a.code = :agreement and f.funder_code = :funder for update of a")
			.param("agreement", agreement.value())
			.param("funder", funderCode)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (agreementId == null) {
			ledger.position(agreement);
			throw ProgrammeRuleException.onField("funder", "contribution.rule.notAFunder");
		}
		Won backed;
		try {
			backed = Contribution.backed(kind, amount, applied);
		}
		catch (InvalidAmountException tooLarge) {
			throw ProgrammeRuleException.onField("amount", tooLarge.messageKey());
		}
		jdbc.sql("insert into agreement_contribution (agreement_id, funder_code, kind, amount_won, received_on, multiple, "
				+ "recorded_by) values (:agreement, :funder, :kind, :amount, :receivedOn, :multiple, :actor)")
			.param("agreement", agreementId)
			.param("funder", funderCode)
			.param("kind", kind.name())
			.param("amount", amount.value())
			.param("receivedOn", receivedOn)
			.param("multiple", applied)
			.param("actor", actor)
			.update();
		boolean followed = false;
		if (kind == ContributionKind.FEE_SUPPORT || kind == ContributionKind.INTEREST_SUBSIDY) {
			String column = kind == ContributionKind.FEE_SUPPORT ? "fee_support_won" : "interest_subsidy_won";
			int filled = jdbc.sql("update agreement set " + column + " = " + column + " + :amount, updated_at = now() "
					+ "where id = :agreement and " + column + " <= 9223372036854775807 - :amount")
				.param("amount", amount.value())
				.param("agreement", agreementId)
				.update();
			if (filled == 0) {
				throw ProgrammeRuleException.onField("amount", new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE).messageKey());
			}
		}
		else if (!backed.isZero()) {
			try {
				followed = ledger.backContribution(agreement, backed,
						"특별출연: " + funderName(funderCode) + " " + amount.inWords(Locale.KOREAN) + " × "
								+ applied.stripTrailingZeros().toPlainString(),
						actor);
			}
			catch (InvalidAmountException tooLarge) {
				throw ProgrammeRuleException.onField("amount", tooLarge.messageKey());
			}
		}
		ProgrammeCode programme = jdbc.sql("select p.code from programme p join agreement a on a.programme_id = p.id "
				+ "where a.id = :agreement")
			.param("agreement", agreementId)
			.query((row, number) -> new ProgrammeCode(row.getString(1)))
			.single();
		events.publishEvent(new ContributionRecorded(programme, agreement, funderCode, kind, amount, receivedOn, applied,
				followed, actor, clock.instant()));
		return followed;
	}

	private String funderName(String funderCode) {
		return jdbc.sql("select name_ko from funder where code = :code")
			.param("code", funderCode)
			.query(String.class)
			.optional()
			.orElse(funderCode);
	}

	/**
	 * The contributions to all the programme's agreements, agreement by agreement in the order they were received.
	 */
	@Transactional(readOnly = true)
	public List<Contribution> of(ProgrammeCode programme) {
		return jdbc.sql(SELECT + "where p.code = :programme order by a.position, a.agency_code, c.received_on, c.id")
			.param("programme", programme.value())
			.query(Contributions::contribution)
			.list();
	}

	/**
	 * What one funder contributed to any agreement, programme by programme and agreement by agreement in the order
	 * received.
	 */
	@Transactional(readOnly = true)
	public List<Contribution> of(FunderCode funder) {
		return jdbc
			.sql(SELECT + "where c.funder_code = :funder order by p.code, a.position, a.agency_code, c.received_on, c.id")
			.param("funder", funder.value())
			.query(Contributions::contribution)
			.list();
	}

	private static Contribution contribution(ResultSet row, int number) throws SQLException {
		return new Contribution(row.getLong(1), new AgreementCode(row.getString(2)),
				new ProgrammeSummary.Participant(row.getString(3), new LocalizedName(row.getString(4), row.getString(5))),
				ContributionKind.valueOf(row.getString(6)), Won.of(row.getLong(7)), row.getObject(8, LocalDate.class),
				row.getBigDecimal(9), row.getBoolean(10), row.getString(11), row.getTimestamp(12).toInstant());
	}

}
