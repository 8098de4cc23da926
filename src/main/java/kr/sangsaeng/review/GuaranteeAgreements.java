package kr.sangsaeng.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.program.GuaranteeCost;
import kr.sangsaeng.program.GuaranteeYearlyCosts;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.TermSchedule;
import kr.sangsaeng.program.TermYear;
import kr.sangsaeng.program.YearlyCost;
import kr.sangsaeng.program.YearlyCosts;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows an approval on the SME's side: it reads and accepts the guarantee agreement online (전자약정), its
 * representative typing their name, and confirms that the first year's fee, net of the funders' subsidy, is paid.
 * Then the certificate is issued and goes to the bank. No payment provider is involved: the fee is recorded as paid
 * on the SME's confirmation.
 * <p>
 * Callers pass an application the SME owns; they checked that.
 */
@Service
@Transactional(readOnly = true)
public class GuaranteeAgreements {

	/**
	 * The longest representative's name the agreement takes.
	 */
	public static final int NAME_LIMIT = 100;

	private final JdbcClient jdbc;

	private final Guarantees guarantees;

	private final ProgrammeCatalogue catalogue;

	private final Institutions institutions;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GuaranteeYearlyCosts yearlyCosts;

	GuaranteeAgreements(JdbcClient jdbc, Guarantees guarantees, ProgrammeCatalogue catalogue,
			Institutions institutions, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			GuaranteeYearlyCosts yearlyCosts) {
		this.jdbc = jdbc;
		this.guarantees = guarantees;
		this.catalogue = catalogue;
		this.institutions = institutions;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.yearlyCosts = yearlyCosts;
	}

	/**
	 * One year of the guarantee and the fee the SME pays for it; a last, shorter year pays for its months only.
	 */
	public record FeeYear(int year, LocalDate from, LocalDate until, Won fee) {
	}

	/**
	 * The figures of the agreement the SME is asked to accept.
	 *
	 * @param schedule the SME's fee for each guarantee year, net of the subsidy; the first is paid before the
	 * certificate is issued
	 * @param yearlyTerms the ratio, fee rate, funders' share and interest preference of each guarantee year
	 * @param costs what each guarantee year costs and saves, in won, as the table beside the text shows it
	 */
	public record AgreementTerms(Guarantee guarantee, GuaranteeCost cost, LocalizedName agency, LocalizedName bank,
			LocalizedName programme, String representativeName, List<FeeYear> schedule, TermSchedule yearlyTerms,
			YearlyCosts costs) {

		public Won dueNow() {
			return schedule.get(0).fee();
		}

		/**
		 * Whether the terms change with the guarantee year, rather than being the same every year.
		 */
		public boolean isYearly() {
			return !yearlyTerms.isFlat();
		}

	}

	/**
	 * Guarantee years in a row on the same terms, and what each of them costs.
	 */
	private record YearRange(int fromYear, int toYear, TermYear terms, YearlyCost cost) {

		boolean continuedBy(TermYear nextTerms, YearlyCost next) {
			return terms.equals(nextTerms) && next.year() == toYear + 1 && next.months() == cost.months()
					&& next.guaranteed().equals(cost.guaranteed()) && next.fee().equals(cost.fee())
					&& next.paidByFunders().equals(cost.paidByFunders()) && next.paidBySme().equals(cost.paidBySme())
					&& next.interestSaved().equals(cost.interestSaved());
		}

	}

	/**
	 * The agreement as accepted, and the fee once recorded as paid.
	 *
	 * @param fee the fee recorded as paid, {@code null} before
	 */
	public record Acceptance(ApplicationId application, String acceptedText, String textSha256,
			String representativeName, String acceptedBy, Instant acceptedAt, String clientAddress, Won fee,
			String feePaidBy, Instant feePaidAt) {

		public boolean isFeePaid() {
			return feePaidAt != null;
		}

	}

	/**
	 * The terms of an approved application's guarantee, or empty when it has none.
	 */
	public Optional<AgreementTerms> terms(ApplicationView application) {
		return guarantees.ofApplication(application.id()).flatMap(guarantee -> catalogue
			.find(guarantee.programmeCode())
			.map(programme -> terms(guarantee, programme, application.representativeName())));
	}

	public Optional<Acceptance> acceptance(ApplicationId application) {
		return jdbc.sql("select application_id, accepted_text, text_sha256, representative_name, accepted_by, "
				+ "accepted_at, client_address, fee_won, fee_paid_by, fee_paid_at from guarantee_agreement "
				+ "where application_id = :id")
			.param("id", application.value())
			.query((row, number) -> acceptance(row))
			.optional();
	}

	/**
	 * When the certificate was issued, or empty before the fee is paid.
	 */
	public Optional<Instant> certificateIssuedAt(ApplicationId application) {
		return jdbc.sql("select certificate_issued_at from guarantee where application_id = :id")
			.param("id", application.value())
			.query((row, number) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap(issued -> issued);
	}

	/**
	 * The agreement's text with the application's figures, in the reader's language.
	 */
	public String text(AgreementTerms terms, Locale locale) {
		Guarantee guarantee = terms.guarantee();
		GuaranteeCost cost = terms.cost();
		String conditions = guarantee.hasConditions()
				? messages.getMessage("guarantee.agreement.conditions", new Object[] { guarantee.conditions() }, locale)
				: "";
		return messages.getMessage("guarantee.agreement.text",
				new Object[] { guarantee.companyName(),
						new BusinessRegistrationNumber(guarantee.businessNumber()).formatted(),
						terms.representativeName() == null ? "-" : terms.representativeName(),
						terms.agency().in(locale), guarantee.number(), terms.programme().in(locale),
						cost.guaranteed().inFigures(locale), guarantee.ratio().plain(),
						guarantee.loanAmount().inFigures(locale), terms.bank().in(locale),
						String.valueOf(guarantee.termMonths()), guarantee.validFrom().toString(),
						guarantee.validUntil().toString(),
						terms.isYearly() ? yearlyFees(terms, locale) : flatFee(terms, locale), conditions },
				locale);
	}

	/**
	 * The fee clause of terms that are the same every year: one sentence on a full year's figures.
	 */
	private String flatFee(AgreementTerms terms, Locale locale) {
		GuaranteeCost cost = terms.cost();
		Won fee = cost.yearlyFee();
		Won paidByFunders = cost.paidByFunders();
		Won paidBySme = cost.paidBySme();
		Optional<YearlyCost> fullYear = terms.costs().years().stream().filter(year -> year.months() == 12).findFirst();
		if (fullYear.isPresent()) {
			fee = fullYear.get().fee();
			paidByFunders = fullYear.get().paidByFunders();
			paidBySme = fullYear.get().paidBySme();
		}
		return messages.getMessage("guarantee.agreement.fee.flat",
				new Object[] { terms.guarantee().feeRate().plain(), fee.inFigures(locale),
						paidByFunders.inFigures(locale), paidBySme.inFigures(locale), terms.dueNow().inFigures(locale) },
				locale);
	}

	/**
	 * The fee clause of terms that change with the guarantee year: a line for each range of years on the same terms,
	 * with the figures of the table beside the text.
	 */
	private String yearlyFees(AgreementTerms terms, Locale locale) {
		StringBuilder lines = new StringBuilder();
		for (YearRange range : ranges(terms)) {
			YearlyCost cost = range.cost();
			TermYear row = range.terms();
			String years = range.fromYear() == range.toYear()
					? messages.getMessage("guarantee.agreement.fee.years.one",
							new Object[] { String.valueOf(range.fromYear()) }, locale)
					: messages.getMessage("guarantee.agreement.fee.years.range",
							new Object[] { String.valueOf(range.fromYear()), String.valueOf(range.toYear()) }, locale);
			String period = cost.months() == 12
					? messages.getMessage("guarantee.agreement.fee.period.year", null, locale)
					: messages.getMessage("guarantee.agreement.fee.period.months",
							new Object[] { String.valueOf(cost.months()) }, locale);
			String interest = cost.interestSaved().equals(Won.ZERO)
					? messages.getMessage("guarantee.agreement.fee.interest.none", null, locale)
					: messages.getMessage("guarantee.agreement.fee.interest",
							new Object[] { row.ratePreferencePoints().stripTrailingZeros().toPlainString(),
									cost.interestSaved().inFigures(locale), period },
							locale);
			lines.append("\n")
				.append(messages.getMessage("guarantee.agreement.fee.year",
						new Object[] { years, row.guaranteeRatio().plain(), cost.guaranteed().inFigures(locale),
								cost.feeRate().plain(), cost.fee().inFigures(locale), period,
								cost.paidByFunders().inFigures(locale), cost.paidBySme().inFigures(locale), interest },
						locale));
		}
		return messages.getMessage("guarantee.agreement.fee.yearly",
				new Object[] { lines.toString(), terms.dueNow().inFigures(locale) }, locale);
	}

	private static List<YearRange> ranges(AgreementTerms terms) {
		List<YearRange> ranges = new ArrayList<>();
		for (YearlyCost year : terms.costs().years()) {
			TermYear row = terms.yearlyTerms().rowFor(year.year());
			int last = ranges.size() - 1;
			if (last >= 0 && ranges.get(last).continuedBy(row, year)) {
				YearRange range = ranges.get(last);
				ranges.set(last, new YearRange(range.fromYear(), year.year(), row, range.cost()));
			}
			else {
				ranges.add(new YearRange(year.year(), year.year(), row, year));
			}
		}
		return ranges;
	}

	/**
	 * The SME's representative accepts the agreement by typing their name: the text as shown in {@code locale} is
	 * kept with its SHA-256, the time and {@code clientAddress}.
	 *
	 * @throws ReviewRuleException when the name is not the representative's, the agreement was accepted already or
	 * the application has no guarantee
	 */
	@Transactional
	public Acceptance accept(ApplicationView application, String typedName, Locale locale, String username,
			String clientAddress) {
		return accept(application, typedName, locale, username, clientAddress, clock.instant());
	}

	@Transactional
	Acceptance accept(ApplicationView application, String typedName, Locale locale, String username,
			String clientAddress, Instant at) {
		Guarantee guarantee = locked(application.id());
		if (acceptance(application.id()).isPresent()) {
			throw new ReviewRuleException("guarantee.agreement.rule.alreadyAccepted");
		}
		if (!sameName(typedName, application.representativeName())) {
			throw ReviewRuleException.onField("representativeName", "guarantee.agreement.rule.notRepresentative");
		}
		AgreementTerms terms = terms(guarantee, catalogue.find(guarantee.programmeCode()).orElseThrow(),
				application.representativeName());
		String text = text(terms, locale);
		String hash = sha256(text);
		String name = typedName.strip();
		String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
		jdbc.sql("insert into guarantee_agreement (application_id, accepted_text, text_sha256, representative_name, "
				+ "accepted_by, accepted_at, client_address) values (:id, :text, :hash, :name, :by, :at, :address)")
			.param("id", application.id().value())
			.param("text", text)
			.param("hash", hash)
			.param("name", name)
			.param("by", username)
			.param("at", Timestamp.from(at))
			.param("address", address.length() > 64 ? address.substring(0, 64) : address)
			.update();
		events.publishEvent(new GuaranteeAgreementAccepted(application.id(), guarantee.number(), name, text, hash,
				address));
		return acceptance(application.id()).orElseThrow();
	}

	/**
	 * The SME confirms that it paid the first year's fee net of subsidy: it is recorded as paid, and the certificate
	 * is issued and delivered to the bank.
	 *
	 * @throws ReviewRuleException before the agreement is accepted or when the fee is recorded already
	 */
	@Transactional
	public Acceptance recordFeePaid(ApplicationView application, String username) {
		return recordFeePaid(application, username, clock.instant());
	}

	@Transactional
	Acceptance recordFeePaid(ApplicationView application, String username, Instant now) {
		Guarantee guarantee = locked(application.id());
		Acceptance accepted = acceptance(application.id())
			.orElseThrow(() -> new ReviewRuleException("guarantee.agreement.rule.acceptFirst"));
		if (accepted.isFeePaid()) {
			throw new ReviewRuleException("guarantee.agreement.rule.feeAlreadyPaid");
		}
		AgreementTerms terms = terms(guarantee, catalogue.find(guarantee.programmeCode()).orElseThrow(),
				application.representativeName());
		jdbc.sql("update guarantee_agreement set fee_won = :fee, fee_paid_by = :by, fee_paid_at = :at "
				+ "where application_id = :id")
			.param("fee", terms.dueNow().value())
			.param("by", username)
			.param("at", Timestamp.from(now))
			.param("id", application.id().value())
			.update();
		jdbc.sql("update guarantee set certificate_issued_at = :at where application_id = :id")
			.param("at", Timestamp.from(now))
			.param("id", application.id().value())
			.update();
		events.publishEvent(new GuaranteeCertificateIssued(application.id(), guarantee.number(), terms.dueNow(),
				username, now));
		return acceptance(application.id()).orElseThrow();
	}

	static boolean sameName(String typed, String representative) {
		if (typed == null || representative == null) {
			return false;
		}
		String given = comparable(typed);
		return !given.isEmpty() && given.length() <= NAME_LIMIT && given.equals(comparable(representative));
	}

	private static String comparable(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private AgreementTerms terms(Guarantee guarantee, ProgrammeSummary programme, String representativeName) {
		GuaranteeCost cost = programme.terms().costOf(guarantee.loanAmount(), guarantee.ratio(), guarantee.feeRate());
		LocalizedName agency = institutions.agencies()
			.stream()
			.filter(candidate -> candidate.code().equals(guarantee.agencyCode().value()))
			.map(Institutions.Institution::name)
			.findFirst()
			.orElse(new LocalizedName(guarantee.agencyCode().value(), guarantee.agencyCode().value()));
		YearlyCosts costs = yearlyCosts.of(guarantee.application(), guarantee.programmeCode(), guarantee.loanAmount(),
				guarantee.termMonths(), guarantee.ratio(), guarantee.feeRate());
		TermSchedule yearlyTerms = yearlyCosts.scheduleOf(guarantee.application(), guarantee.programmeCode(),
				guarantee.ratio(), guarantee.feeRate());
		return new AgreementTerms(guarantee, cost, agency, programme.bankName(guarantee.bankCode()), programme.name(),
				representativeName, schedule(guarantee, costs), yearlyTerms, costs);
	}

	private static List<FeeYear> schedule(Guarantee guarantee, YearlyCosts costs) {
		List<FeeYear> years = new ArrayList<>();
		int start = 0;
		for (YearlyCost year : costs.years()) {
			years.add(new FeeYear(year.year(), guarantee.validFrom().plusMonths(start),
					guarantee.validFrom().plusMonths(start + year.months()), year.paidBySme()));
			start += year.months();
		}
		return years;
	}

	private Guarantee locked(ApplicationId application) {
		jdbc.sql("select id from guarantee where application_id = :id for update")
			.param("id", application.value())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ReviewRuleException("guarantee.agreement.rule.noGuarantee"));
		return guarantees.ofApplication(application).orElseThrow();
	}

	private static Acceptance acceptance(ResultSet row) throws SQLException {
		Timestamp paidAt = row.getTimestamp("fee_paid_at");
		Long fee = (Long) row.getObject("fee_won");
		return new Acceptance(new ApplicationId(row.getLong("application_id")), row.getString("accepted_text"),
				row.getString("text_sha256"), row.getString("representative_name"), row.getString("accepted_by"),
				row.getTimestamp("accepted_at").toInstant(), row.getString("client_address"),
				fee == null ? null : Won.of(fee), row.getString("fee_paid_by"),
				paidAt == null ? null : paidAt.toInstant());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException(missing);
		}
	}

}
