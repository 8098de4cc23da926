package kr.sangsaeng.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee-support and interest-subsidy pots of each agreement, which approved guarantees draw on. A draw is one
 * conditional {@code UPDATE} of the agreement's row, so concurrent approvals never take a pot below zero (a
 * {@code CHECK} guards it too); a pot that cannot pay a guarantee's whole amount pays none of it, and that
 * application has no such benefit. A pot to which no funder has contributed is not kept in Sangsaeng: the benefit
 * follows the programme's terms without a draw.
 */
@Service
@Transactional
public class Pots {

	private final JdbcClient jdbc;

	Pots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Draws what an approved guarantee's benefits cost on the pots of its agreement, once per application: a second
	 * call returns what the first drew. Joins the caller's transaction (an approval draws in the transaction that
	 * records it).
	 *
	 * @param amounts what each benefit costs over the loan's term; a pot whose amount is zero is not drawn on
	 * @return what was drawn on each pot that keeps its balance here
	 */
	public List<PotDraw> draw(AgreementCode agreement, ApplicationId application, Map<BenefitPot, Won> amounts) {
		long agreementId = jdbc.sql("select id from agreement where code = :code")
			.param("code", agreement.value())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new UnknownAgreementException(agreement));
		List<PotDraw> draws = new ArrayList<>();
		for (BenefitPot pot : BenefitPot.values()) {
			Won amount = amounts.getOrDefault(pot, Won.ZERO);
			if (amount.isZero()) {
				continue;
			}
			List<PotDraw> earlier = drawsOf(application, pot);
			if (!earlier.isEmpty()) {
				draws.addAll(earlier);
				continue;
			}
			int drawn = jdbc.sql("update agreement set " + pot.drawnColumn() + " = " + pot.drawnColumn() + " + :amount, "
					+ "updated_at = now() where id = :agreement and " + pot.fundedColumn() + " > 0 and "
					+ pot.drawnColumn() + " <= " + pot.fundedColumn() + " - :amount")
				.param("amount", amount.value())
				.param("agreement", agreementId)
				.update();
			if (drawn == 0 && !funded(agreementId, pot)) {
				continue;
			}
			PotDraw draw = new PotDraw(pot, drawn == 1 ? amount : Won.ZERO, drawn == 1);
			jdbc.sql("insert into pot_draw (application_id, agreement_id, pot, drawn_won, granted) "
					+ "values (:application, :agreement, :pot, :drawn, :granted)")
				.param("application", application.value())
				.param("agreement", agreementId)
				.param("pot", pot.name())
				.param("drawn", draw.drawn().value())
				.param("granted", draw.granted())
				.update();
			draws.add(draw);
		}
		return draws;
	}

	/**
	 * Follows a change of an approved guarantee's loan or term: each pot that granted the benefit gives back or draws
	 * the difference to what the benefit now costs, by one conditional {@code UPDATE} of the agreement's row. A pot
	 * that refused the benefit, or was never drawn on, stays as it was. Joins the caller's transaction.
	 *
	 * @param amounts what each benefit costs over the changed loan's term
	 * @return the draws after the change
	 * @throws ProgrammeRuleException when a pot cannot pay a higher cost; nothing is drawn then
	 */
	public List<PotDraw> redraw(ApplicationId application, Map<BenefitPot, Won> amounts) {
		for (PotDraw earlier : drawsOf(application, null)) {
			if (!earlier.granted()) {
				continue;
			}
			BenefitPot pot = earlier.pot();
			long difference = amounts.getOrDefault(pot, Won.ZERO).value() - earlier.drawn().value();
			if (difference == 0) {
				continue;
			}
			long agreementId = jdbc.sql("select agreement_id from pot_draw where application_id = :application "
					+ "and pot = :pot for update")
				.param("application", application.value())
				.param("pot", pot.name())
				.query(Long.class)
				.single();
			int moved = jdbc.sql("update agreement set " + pot.drawnColumn() + " = " + pot.drawnColumn()
					+ " + :difference, updated_at = now() where id = :agreement and " + pot.drawnColumn()
					+ " + :difference <= " + pot.fundedColumn() + " and " + pot.drawnColumn() + " + :difference >= 0")
				.param("difference", difference)
				.param("agreement", agreementId)
				.update();
			if (moved == 0) {
				throw new ProgrammeRuleException("pot.rule.cannotPayChange", Won.of(difference));
			}
			jdbc.sql("update pot_draw set drawn_won = drawn_won + :difference where application_id = :application "
					+ "and pot = :pot")
				.param("difference", difference)
				.param("application", application.value())
				.param("pot", pot.name())
				.update();
		}
		return drawsOf(application, null);
	}

	/**
	 * Returns to its agreement's pots what an application's guarantee drew on them, once: its guarantee ended before
	 * the loan was used. Each pot takes its amount back with one conditional {@code UPDATE}; the draw stays recorded
	 * with nothing drawn. Joins the caller's transaction (the release of the guarantee's capacity).
	 *
	 * @return what went back to each pot
	 */
	public List<PotDraw> giveBack(ApplicationId application) {
		record Drawn(BenefitPot pot, long agreementId, Won amount) {
		}
		List<Drawn> drawn = jdbc
			.sql("select pot, agreement_id, drawn_won from pot_draw where application_id = :application "
					+ "and drawn_won > 0 order by pot for update")
			.param("application", application.value())
			.query((row, number) -> new Drawn(BenefitPot.valueOf(row.getString(1)), row.getLong(2),
					Won.of(row.getLong(3))))
			.list();
		List<PotDraw> returned = new ArrayList<>();
		for (Drawn draw : drawn) {
			jdbc.sql("update pot_draw set drawn_won = 0 where application_id = :application and pot = :pot")
				.param("application", application.value())
				.param("pot", draw.pot().name())
				.update();
			int given = jdbc
				.sql("update agreement set " + draw.pot().drawnColumn() + " = " + draw.pot().drawnColumn()
						+ " - :amount, updated_at = now() where id = :agreement and " + draw.pot().drawnColumn()
						+ " >= :amount")
				.param("amount", draw.amount().value())
				.param("agreement", draw.agreementId())
				.update();
			if (given == 0) {
				throw new IllegalStateException("The " + draw.pot() + " pot of agreement " + draw.agreementId()
						+ " holds less than the " + draw.amount() + " drawn for application " + application.value());
			}
			returned.add(new PotDraw(draw.pot(), draw.amount(), true));
		}
		return returned;
	}

	/**
	 * What an application's guarantee drew on its agreement's pots, if it drew on any.
	 */
	@Transactional(readOnly = true)
	public List<PotDraw> drawsOf(ApplicationId application) {
		return drawsOf(application, null);
	}

	private List<PotDraw> drawsOf(ApplicationId application, BenefitPot only) {
		return jdbc.sql("select pot, drawn_won, granted from pot_draw where application_id = :application "
				+ "and (cast(:pot as varchar) is null or pot = cast(:pot as varchar)) order by pot")
			.param("application", application.value())
			.param("pot", only == null ? null : only.name())
			.query((row, number) -> new PotDraw(BenefitPot.valueOf(row.getString(1)), Won.of(row.getLong(2)),
					row.getBoolean(3)))
			.list();
	}

	private boolean funded(long agreementId, BenefitPot pot) {
		return jdbc.sql("select " + pot.fundedColumn() + " > 0 from agreement where id = :agreement")
			.param("agreement", agreementId)
			.query(Boolean.class)
			.single();
	}

}
