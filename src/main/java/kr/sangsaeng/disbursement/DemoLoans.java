package kr.sangsaeng.disbursement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static kr.sangsaeng.disbursement.DisbursementChannel.DEMO;

/**
 * Demo loans in every state: waiting for the company's agreement or fee, with a certificate the bank has still to
 * acknowledge, acknowledged and untouched, partly and fully paid out, repaid, cancelled, defaulted, and one with a
 * corrected payment, paid on dates between the guarantee and today. The bank acknowledges a certificate an hour after
 * it arrived. One fully paid KODIT loan goes into default and its claim is paid, so that the agency's claims queue and
 * the dashboard's claim figures have something to show.
 */
@Component
@Profile("demo")
@Order(70)
class DemoLoans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoans.class);

	/**
	 * The demo SME that people sign in as keeps its loan being paid out, so its story reads the same every time.
	 */
	private static final String DEMO_SME = "3148605193";

	private final Loans loans;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Claims claims;

	private final Accounts accounts;

	DemoLoans(Loans loans, JdbcClient jdbc, Clock clock, Claims claims, Accounts accounts) {
		this.loans = loans;
		this.jdbc = jdbc;
		this.clock = clock;
		this.claims = claims;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from disbursement").query(Long.class).single() > 0) {
			return;
		}
		List<Loan> open = jdbc.sql("select application_id, bank_code from loan order by issued_at, application_id")
			.query((row, number) -> loans.find(new BankCode(row.getString(2)), new ApplicationId(row.getLong(1)))
				.orElseThrow())
			.list();
		LocalDate today = SeoulTime.today(clock);
		int corrected = 0;
		boolean claimed = false;
		for (Loan loan : open) {
			Random random = new Random(loan.id().value() * 7919L);
			int roll = loan.businessNumber().equals(DEMO_SME) ? 30 : random.nextInt(100);
			BankCode bank = loan.bankCode();
			Actor officer = Actor.person(officerOf(bank), Role.BANK_OFFICER);
			LocalDate issued = LocalDate.ofInstant(loan.issuedAt(), SeoulTime.ZONE);
			LocalDate first = earliest(issued.plusDays(3 + random.nextInt(10)), today);
			LocalDate second = earliest(first.plusDays(14 + random.nextInt(30)), today);
			if (roll >= 20 && roll < 25) {
				loans.cancel(bank, loan.id(), officer);
				continue;
			}
			if (!loan.hasCertificate() || roll < 10) {
				continue;
			}
			Instant delivered = loan.certificateIssuedAt().plus(1, ChronoUnit.HOURS);
			loans.acknowledgeCertificate(bank, loan.id(), officer,
					delivered.isAfter(clock.instant()) ? clock.instant() : delivered);
			if (roll < 20) {
				continue;
			}
			Won firstTranche = tranche(loan.approved(), 40 + random.nextInt(30));
			loans.pay(bank, loan.id(), firstTranche, first, reference(bank, loan, 1), officer, DEMO);
			if (roll < 45) {
				continue;
			}
			Won remaining = loan.approved().minus(firstTranche);
			if (remaining.isZero()) {
				continue;
			}
			if (corrected < 2 && roll < 50) {
				long mistaken = loans.pay(bank, loan.id(), remaining, second, reference(bank, loan, 2), officer, DEMO)
					.entryId();
				loans.reverse(bank, loan.id(), mistaken, "지급 계좌 오류로 취소 후 재지급 예정", officer, DEMO);
				corrected++;
				continue;
			}
			loans.pay(bank, loan.id(), remaining, second, reference(bank, loan, 2), officer, DEMO);
			if (!claimed && roll < 85 && loan.agencyCode().value().equals("KODIT")) {
				loans.defaulted(bank, loan.id(), officer);
				claimed = paidClaim(bank, loan, second, officer);
				continue;
			}
			if (roll >= 85 && roll < 95) {
				loans.repaid(bank, loan.id(), officer);
			}
			else if (roll >= 95) {
				loans.defaulted(bank, loan.id(), officer);
			}
		}
		log.info("Recorded demo payments for {} loans", open.size());
	}

	/**
	 * The bank claims the guaranteed share of four fifths of the loan as lost; KODIT's reviewer recommends it in full
	 * and its approver pays it today.
	 */
	private boolean paidClaim(BankCode bank, Loan loan, LocalDate defaultDate, Actor officer) {
		Won loss = Won.of(loan.approved().value() * 4 / 5 / 1_000_000L * 1_000_000L);
		Won claimed = loan.guaranteeRatio().of(loss);
		long claim = claims
			.file(bank, loan.id(), loss, claimed, defaultDate, String.format("%s-CLAIM-%06d", bank, loan.id().value()),
					officer, DEMO)
			.claim()
			.id();
		SignedInUser reviewer = accounts.account("kodit.reviewer").orElseThrow();
		SignedInUser approver = accounts.account("kodit.approver").orElseThrow();
		claims.recommend(reviewer, claim, claimed, null);
		claims.pay(approver, claim, SeoulTime.today(clock));
		return true;
	}

	private static Won tranche(Won approved, int percent) {
		long amount = approved.value() * percent / 100 / 10_000_000L * 10_000_000L;
		return amount <= 0 || amount >= approved.value() ? approved : Won.of(amount);
	}

	private static LocalDate earliest(LocalDate candidate, LocalDate today) {
		return candidate.isAfter(today) ? today : candidate;
	}

	private static String reference(BankCode bank, Loan loan, int tranche) {
		return String.format("%s-%06d-%02d", bank, loan.id().value(), tranche);
	}

	private static String officerOf(BankCode bank) {
		return switch (bank.value()) {
			case "WOORI" -> "woori.officer";
			case "IBK" -> "ibk.officer";
			default -> "system:" + bank;
		};
	}

}
