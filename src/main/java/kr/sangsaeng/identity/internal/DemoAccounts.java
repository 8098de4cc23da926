package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.Role;

/**
 * The demo accounts, one or more for every role, and the API token of Woori Bank's system, created at start-up
 * when missing (profile {@code demo} only).
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo1234!";

	static final String DEMO_SME_BUSINESS_NUMBER = "3148605193";

	/** Stored hashed like any other token; it stays revoked if an administrator revokes it. */
	static final String DEMO_WOORI_TOKEN = "demo-woori-token";

	/** Demo accounts get mail at this domain, which the demo's mailbox page shows. */
	static final String DEMO_MAIL_DOMAIN = "@demo.sangsaeng.example";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private record DemoAccount(String username, String displayName, Role role, String organisationCode) {
	}

	private static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "김관리", Role.PROGRAM_ADMIN, "MSS"),
			new DemoAccount("ministry", "이정책", Role.MINISTRY_OFFICIAL, "MOEF"),
			new DemoAccount("kodit.reviewer", "박심사", Role.AGENCY_REVIEWER, "KODIT"),
			new DemoAccount("kodit.approver", "최결재", Role.AGENCY_APPROVER, "KODIT"),
			new DemoAccount("ksure.reviewer", "정무역", Role.AGENCY_REVIEWER, "K-SURE"),
			new DemoAccount("ksure.approver", "강승인", Role.AGENCY_APPROVER, "K-SURE"),
			new DemoAccount("kibo.reviewer", "오기술", Role.AGENCY_REVIEWER, "KIBO"),
			new DemoAccount("kibo.approver", "문보증", Role.AGENCY_APPROVER, "KIBO"),
			new DemoAccount("woori.officer", "윤우리", Role.BANK_OFFICER, "WOORI"),
			new DemoAccount("ibk.officer", "한기업", Role.BANK_OFFICER, "IBK"),
			new DemoAccount("hyundai.funder", "장상생", Role.FUNDER, "FUNDER-HYUNDAI"),
			new DemoAccount("posco.funder", "백철강", Role.FUNDER, "FUNDER-POSCO"),
			new DemoAccount("sme.demo", "서한빛", Role.SME_APPLICANT, DEMO_SME_BUSINESS_NUMBER));

	private final UserAccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final BankApiTokenRepository tokens;

	private final Clock clock;

	DemoAccounts(UserAccountRepository accounts, OrganisationRepository organisations,
			PasswordEncoder passwordEncoder, BankApiTokenRepository tokens, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Organisation demoSme = organisations.findByCode(DEMO_SME_BUSINESS_NUMBER)
			.orElseGet(() -> organisations.save(new Organisation(OrganisationKind.SME, DEMO_SME_BUSINESS_NUMBER,
					"(주)한빛오토텍", "Hanbit Autotech Co., Ltd.")));
		int created = 0;
		for (DemoAccount demo : ACCOUNTS) {
			Optional<UserAccount> existing = accounts.findByUsername(demo.username());
			if (existing.isPresent()) {
				if (existing.get().email() == null) {
					existing.get().receivesMailAt(demo.username() + DEMO_MAIL_DOMAIN);
				}
				continue;
			}
			Organisation organisation = demo.organisationCode().equals(demoSme.code()) ? demoSme
					: organisations.findByCode(demo.organisationCode()).orElseThrow();
			UserAccount account = new UserAccount(demo.username(), passwordEncoder.encode(DEMO_PASSWORD),
					demo.displayName(), demo.role(), organisation, clock.instant());
			account.receivesMailAt(demo.username() + DEMO_MAIL_DOMAIN);
			accounts.save(account);
			created++;
		}
		if (created > 0) {
			log.info("Created {} demo accounts (password {})", created, DEMO_PASSWORD);
		}
		Secret demoToken = new Secret(DEMO_WOORI_TOKEN);
		if (!tokens.existsByHash(demoToken.hash())) {
			Organisation woori = organisations.findByCode("WOORI").orElseThrow();
			tokens.save(new BankApiToken(woori, "우리은행 여신시스템 (데모)", demoToken, "system", clock.instant()));
			log.info("Created the demo API token of Woori Bank ({})", DEMO_WOORI_TOKEN);
		}
	}

}
