package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a programme's agreements in step with the agencies, banks and funders its administrator sets: one agreement
 * per agency, the first agency's first. A new agency gets a new agreement with no capacity, lent by all the
 * programme's banks and funded by all its funders; an agreement keeps only the banks and funders the programme still
 * has (all of them when none of its own would be left); an agency taken off loses its agreement, unless the
 * agreement already has capacity or applications. Each agreement it creates is announced as {@link AgreementOpened}.
 */
@Component
class Agreements {

	private final JdbcClient jdbc;

	private final ApplicationsOfAgreements applications;

	private final ApplicationEventPublisher events;

	Agreements(JdbcClient jdbc, ApplicationsOfAgreements applications, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.events = events;
	}

	/**
	 * Joins the caller's transaction.
	 *
	 * @throws ProgrammeRuleException on the field {@code agencyCodes} when an agency whose agreement is in use is taken
	 * off
	 */
	void arrange(long programmeId, ProgrammeCode code, ProgrammeDraft draft) {
		BigDecimal ratio = draft.terms().guaranteeRatio().value().max(new BigDecimal("0.001"));
		List<String> agencies = draft.agencyCodes();
		List<String> leaving = jdbc
			.sql("select code from agreement where programme_id = :programme and agency_code not in (:agencies)")
			.param("programme", programmeId)
			.param("agencies", agencies)
			.query(String.class)
			.list();
		for (String agreement : leaving) {
			boolean inUse = jdbc
				.sql("select a.capacity_won > 0 or exists (select 1 from capacity_ledger_entry e where e.agreement_id = a.id) "
						+ "from agreement a where a.code = :code")
				.param("code", agreement)
				.query(Boolean.class)
				.single() || applications.anyRoutedTo(new AgreementCode(agreement));
			if (inUse) {
				throw ProgrammeRuleException.onField("agencyCodes", "programme.rule.agreementInUse", agreement);
			}
			jdbc.sql("delete from agreement where code = :code").param("code", agreement).update();
		}
		List<String> existing = jdbc.sql("select agency_code from agreement where programme_id = :programme")
			.param("programme", programmeId)
			.query(String.class)
			.list();
		for (int i = 0; i < agencies.size(); i++) {
			jdbc.sql("insert into agreement (programme_id, code, agency_code, position, guarantee_ratio_percent) "
					+ "values (:programme, :code, :agency, :position, :ratio) "
					+ "on conflict (programme_id, agency_code) do update set position = excluded.position, "
					+ "updated_at = now()")
				.param("programme", programmeId)
				.param("code", AgreementCode.of(code, agencies.get(i)).value())
				.param("agency", agencies.get(i))
				.param("position", i + 1)
				.param("ratio", ratio)
				.update();
		}
		for (String agency : agencies) {
			if (!existing.contains(agency)) {
				events.publishEvent(new AgreementOpened(code, AgreementCode.of(code, agency)));
			}
		}
		List<String> banks = draft.bankCodes();
		List<String> funders = draft.funders().stream().map(ProgrammeDraft.FunderShare::funderCode).toList();
		if (banks.isEmpty()) {
			jdbc.sql("delete from agreement_bank b using agreement a where a.id = b.agreement_id "
					+ "and a.programme_id = :programme").param("programme", programmeId).update();
		}
		else {
			jdbc.sql("delete from agreement_bank b using agreement a where a.id = b.agreement_id "
					+ "and a.programme_id = :programme and b.bank_code not in (:banks)")
				.param("programme", programmeId)
				.param("banks", banks)
				.update();
			jdbc.sql("insert into agreement_bank (agreement_id, bank_code) select a.id, b.code from agreement a "
					+ "cross join unnest(cast(:banks as varchar[])) as b (code) where a.programme_id = :programme "
					+ "and not exists (select 1 from agreement_bank own where own.agreement_id = a.id)")
				.param("programme", programmeId)
				.param("banks", banks.toArray(String[]::new))
				.update();
		}
		if (funders.isEmpty()) {
			jdbc.sql("delete from agreement_funder f using agreement a where a.id = f.agreement_id "
					+ "and a.programme_id = :programme").param("programme", programmeId).update();
		}
		else {
			jdbc.sql("delete from agreement_funder f using agreement a where a.id = f.agreement_id "
					+ "and a.programme_id = :programme and f.funder_code not in (:funders)")
				.param("programme", programmeId)
				.param("funders", funders)
				.update();
			jdbc.sql("insert into agreement_funder (agreement_id, funder_code, position) "
					+ "select a.id, f.code, f.position from agreement a "
					+ "cross join unnest(cast(:funders as varchar[])) with ordinality as f (code, position) "
					+ "where a.programme_id = :programme "
					+ "and not exists (select 1 from agreement_funder own where own.agreement_id = a.id)")
				.param("programme", programmeId)
				.param("funders", funders.toArray(String[]::new))
				.update();
		}
	}

	/**
	 * Gives the agreements of a draft programme whose code changed codes that follow it.
	 */
	void renumber(long programmeId, ProgrammeCode newCode) {
		jdbc.sql("update agreement set code = :prefix || agency_code, updated_at = now() where programme_id = :programme")
			.param("prefix", newCode.value() + "-")
			.param("programme", programmeId)
			.update();
	}

}
