package kr.sangsaeng.applications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.AgreementOpened;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.UnknownAgreementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents each agreement asks for: every new agreement starts with the standard, illustrative list, which the
 * administrator may replace. Applications already submitted keep the list they were submitted under.
 */
@Service
@Transactional
public class DocumentChecklists {

	/**
	 * What the guarantee agencies commonly ask for a win-win guarantee (tax certificates issued within a month,
	 * registers within three): illustrative, as each agency publishes its own per product.
	 */
	static final List<DocumentRequirement> STANDARD = List.of(
			new DocumentRequirement("BUSINESS_REGISTRATION", true, null),
			new DocumentRequirement("VAT_TAX_BASE", false, 90), new DocumentRequirement("NATIONAL_TAX_PAID", true, 30),
			new DocumentRequirement("LOCAL_TAX_PAID", true, 30),
			new DocumentRequirement("FINANCIAL_STATEMENTS", true, null),
			new DocumentRequirement("CORPORATE_REGISTER", false, 90),
			new DocumentRequirement("SHAREHOLDER_REGISTER", false, null),
			new DocumentRequirement("RECOMMENDATION_LETTER", false, null),
			new DocumentRequirement(ChecklistSlot.OTHER, false, null));

	private final JdbcClient jdbc;

	private final ProgrammeCatalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DocumentChecklists(JdbcClient jdbc, ProgrammeCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every kind of document a checklist may ask for, in the order checklists list them.
	 */
	@Transactional(readOnly = true)
	public List<DocumentType> types() {
		return jdbc.sql("select code, official, from_funder from document_type order by position")
			.query((row, number) -> new DocumentType(row.getString(1), row.getBoolean(2), row.getBoolean(3)))
			.list();
	}

	@Transactional(readOnly = true)
	public AgreementChecklist of(AgreementCode agreement) {
		List<Boolean> illustrative = new ArrayList<>();
		List<DocumentRequirement> requirements = jdbc
			.sql("select r.document_type, r.required, r.max_age_days, r.illustrative from agreement_document_requirement r "
					+ "join document_type t on t.code = r.document_type where r.agreement_code = :agreement "
					+ "order by t.position")
			.param("agreement", agreement.value())
			.query((row, number) -> {
				illustrative.add(row.getBoolean(4));
				int age = row.getInt(3);
				Integer maxAgeDays = row.wasNull() ? null : age;
				return new DocumentRequirement(row.getString(1), row.getBoolean(2), maxAgeDays);
			})
			.list();
		return new AgreementChecklist(agreement, requirements, illustrative.contains(true));
	}

	/**
	 * A new agreement asks for the standard documents.
	 */
	// In the transaction that creates the agreement: an agreement is never without its checklist.
	@EventListener
	void opened(AgreementOpened opened) {
		for (DocumentRequirement line : STANDARD) {
			jdbc.sql("insert into agreement_document_requirement (agreement_code, document_type, required, "
					+ "max_age_days, illustrative) values (:agreement, :type, :required, :age, true) "
					+ "on conflict (agreement_code, document_type) do nothing")
				.param("agreement", opened.agreement().value())
				.param("type", line.documentType())
				.param("required", line.required())
				.param("age", line.maxAgeDays())
				.update();
		}
	}

	/**
	 * Replaces the agreement's checklist with the administrator's, no longer illustrative. Drafts follow it at once;
	 * applications already submitted keep the list they were submitted under.
	 *
	 * @param requirements the documents the agreement asks for, each type at most once
	 * @throws ApplicationRuleException on the field {@code rows[i].<part>} of the first line that breaks a rule
	 * @throws UnknownAgreementException when the agreement is not the programme's
	 */
	public void replace(ProgrammeCode programme, AgreementCode agreement, List<DocumentRequirement> requirements,
			String actor) {
		check(requirements, types());
		catalogue.find(programme)
			.flatMap(summary -> summary.agreement(agreement))
			.orElseThrow(() -> new UnknownAgreementException(agreement));
		// one administrator's list at a time, so that the audit's "before" is what each replaced
		jdbc.sql("select code from agreement where code = :agreement for update")
			.param("agreement", agreement.value())
			.query(String.class)
			.single();
		AgreementChecklist before = of(agreement);
		jdbc.sql("delete from agreement_document_requirement where agreement_code = :agreement")
			.param("agreement", agreement.value())
			.update();
		for (DocumentRequirement line : requirements) {
			jdbc.sql("insert into agreement_document_requirement (agreement_code, document_type, required, "
					+ "max_age_days, illustrative) values (:agreement, :type, :required, :age, false)")
				.param("agreement", agreement.value())
				.param("type", line.documentType())
				.param("required", line.required())
				.param("age", line.maxAgeDays())
				.update();
		}
		AgreementChecklist after = of(agreement);
		events.publishEvent(new DocumentChecklistChanged(programme, agreement, describe(before.requirements()),
				describe(after.requirements()), actor, clock.instant()));
	}

	static void check(List<DocumentRequirement> requirements, List<DocumentType> types) {
		Map<String, DocumentType> known = types.stream()
			.collect(Collectors.toMap(DocumentType::code, Function.identity()));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < requirements.size(); i++) {
			DocumentRequirement line = requirements.get(i);
			String field = "rows[" + i + "].";
			DocumentType type = line.documentType() == null ? null : known.get(line.documentType());
			if (type == null || !seen.add(type.code())) {
				throw ApplicationRuleException.onField(field + "documentType", "checklist.rule.documentType");
			}
			if (type.other() && line.required()) {
				throw ApplicationRuleException.onField(field + "required", "checklist.rule.otherOptional");
			}
			if (line.maxAgeDays() != null) {
				if (type.fromFunder()) {
					throw ApplicationRuleException.onField(field + "maxAgeDays", "checklist.rule.ageFromFunder");
				}
				if (!type.official()) {
					throw ApplicationRuleException.onField(field + "maxAgeDays", "checklist.rule.ageOnlyOfficial");
				}
				if (line.maxAgeDays() < 1 || line.maxAgeDays() > DocumentRequirement.MAX_AGE_DAYS) {
					throw ApplicationRuleException.onField(field + "maxAgeDays", "checklist.rule.maxAge",
							String.valueOf(DocumentRequirement.MAX_AGE_DAYS));
				}
			}
		}
	}

	private static String describe(List<DocumentRequirement> requirements) {
		return requirements.stream().map(DocumentRequirement::describe).collect(Collectors.joining("\n"));
	}

}
