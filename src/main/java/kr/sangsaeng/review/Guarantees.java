package kr.sangsaeng.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.program.ProgrammeCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guarantees agencies issued. Issuing one is part of final approval and happens in its transaction; reading
 * them is open to the modules that follow (disbursement, dashboard), each checking who may see which.
 */
@Service
@Transactional(readOnly = true)
public class Guarantees {

	private static final String COLUMNS = "guarantee_number, application_id, programme_code, agency_code, bank_code, "
			+ "organisation_id, business_number, company_name, loan_won, guarantee_ratio_percent, guaranteed_won, "
			+ "fee_percent, yearly_fee_won, term_months, conditions, valid_from, valid_until, recommended_by, "
			+ "approved_by, issued_at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Guarantees(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public Optional<Guarantee> ofApplication(ApplicationId application) {
		return jdbc.sql("select " + COLUMNS + " from guarantee where application_id = :application")
			.param("application", application.value())
			.query((row, rowNumber) -> guarantee(row))
			.optional();
	}

	public Optional<Guarantee> byNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from guarantee where guarantee_number = :number")
			.param("number", number)
			.query((row, rowNumber) -> guarantee(row))
			.optional();
	}

	/**
	 * The guarantees of loans a bank makes, newest first.
	 */
	public List<Guarantee> ofBank(BankCode bankCode) {
		return jdbc.sql("select " + COLUMNS + " from guarantee where bank_code = :bank order by issued_at desc, id desc")
			.param("bank", bankCode.value())
			.query((row, rowNumber) -> guarantee(row))
			.list();
	}

	/**
	 * Issues the guarantee of an approved application with the next number of the agency and year. Joins the
	 * approval's transaction: the number counter row serialises issuance within an agency, so numbers have no gaps
	 * and no duplicates.
	 */
	@Transactional
	Guarantee issue(ApplicationView approved, AgencyCode agencyCode, ApprovalTerms terms, String recommendedBy,
			String approvedBy, Instant at) {
		LocalDate validFrom = LocalDate.ofInstant(at, SeoulTime.ZONE);
		int running = jdbc
			.sql("insert into guarantee_number_counter (agency_code, year, last_number) values (:agency, :year, 1) "
					+ "on conflict (agency_code, year) do update set last_number = guarantee_number_counter.last_number + 1 "
					+ "returning last_number")
			.param("agency", agencyCode.value())
			.param("year", validFrom.getYear())
			.query(Integer.class)
			.single();
		String number = String.format("%s-%d-%06d", agencyCode, validFrom.getYear(), running);
		Guarantee guarantee = new Guarantee(number, approved.id(), approved.programmeCode(), agencyCode,
				approved.bankCode(), approved.organisationId(), approved.businessNumber(), approved.companyName(),
				terms.amount(), terms.ratio(), terms.guaranteedAmount(), terms.feeRate(), terms.yearlyFee(),
				approved.termMonths(), terms.conditions(), validFrom, validFrom.plusMonths(approved.termMonths()),
				recommendedBy, approvedBy, at);
		jdbc.sql("insert into guarantee (" + COLUMNS + ") values (:number, :application, :programme, :agency, :bank, "
				+ ":organisation, :businessNumber, :company, :loan, :ratio, :guaranteed, :fee, :yearlyFee, :term, "
				+ ":conditions, :validFrom, :validUntil, :recommendedBy, :approvedBy, :issuedAt)")
			.param("number", number)
			.param("application", approved.id().value())
			.param("programme", guarantee.programmeCode().value())
			.param("agency", agencyCode.value())
			.param("bank", guarantee.bankCode().value())
			.param("organisation", guarantee.organisationId())
			.param("businessNumber", guarantee.businessNumber())
			.param("company", guarantee.companyName())
			.param("loan", guarantee.loanAmount().value())
			.param("ratio", guarantee.ratio().value())
			.param("guaranteed", guarantee.guaranteedAmount().value())
			.param("fee", guarantee.feeRate().value())
			.param("yearlyFee", guarantee.yearlyFee().value())
			.param("term", guarantee.termMonths())
			.param("conditions", guarantee.conditions())
			.param("validFrom", validFrom)
			.param("validUntil", guarantee.validUntil())
			.param("recommendedBy", recommendedBy)
			.param("approvedBy", approvedBy)
			.param("issuedAt", Timestamp.from(at))
			.update();
		events.publishEvent(new GuaranteeIssued(approved.id(), number, guarantee.programmeCode(), agencyCode,
				guarantee.bankCode(), guarantee.organisationId(), guarantee.businessNumber(), guarantee.companyName(),
				guarantee.loanAmount(), guarantee.ratio(), guarantee.guaranteedAmount(), approvedBy, at));
		return guarantee;
	}

	/**
	 * The agency approved a change of the guaranteed loan: the guarantee now covers {@code loan} for
	 * {@code termMonths} from its first day, lent by {@code bank}; what it guarantees and its yearly fee follow.
	 * Joins the change's transaction.
	 */
	@Transactional
	public Guarantee change(ApplicationId application, Won loan, int termMonths, BankCode bank) {
		Guarantee before = ofApplication(application).orElseThrow();
		ApprovalTerms terms = new ApprovalTerms(loan, before.ratio(), before.feeRate(), before.conditions());
		jdbc.sql("update guarantee set loan_won = :loan, guaranteed_won = :guaranteed, yearly_fee_won = :yearlyFee, "
				+ "term_months = :term, valid_until = :validUntil, bank_code = :bank where application_id = :application")
			.param("loan", loan.value())
			.param("guaranteed", terms.guaranteedAmount().value())
			.param("yearlyFee", terms.yearlyFee().value())
			.param("term", termMonths)
			.param("validUntil", before.validFrom().plusMonths(termMonths))
			.param("bank", bank.value())
			.param("application", application.value())
			.update();
		return ofApplication(application).orElseThrow();
	}

	private static Guarantee guarantee(ResultSet row) throws SQLException {
		return new Guarantee(row.getString("guarantee_number"), new ApplicationId(row.getLong("application_id")),
				new ProgrammeCode(row.getString("programme_code")), new AgencyCode(row.getString("agency_code")),
				new BankCode(row.getString("bank_code")),
				row.getLong("organisation_id"), row.getString("business_number"), row.getString("company_name"),
				Won.of(row.getLong("loan_won")), percentage(row.getBigDecimal("guarantee_ratio_percent")),
				Won.of(row.getLong("guaranteed_won")), percentage(row.getBigDecimal("fee_percent")),
				Won.of(row.getLong("yearly_fee_won")), row.getInt("term_months"), row.getString("conditions"),
				row.getObject("valid_from", LocalDate.class), row.getObject("valid_until", LocalDate.class),
				row.getString("recommended_by"), row.getString("approved_by"),
				row.getTimestamp("issued_at").toInstant());
	}

	private static Percentage percentage(BigDecimal value) {
		return new Percentage(value);
	}

}
