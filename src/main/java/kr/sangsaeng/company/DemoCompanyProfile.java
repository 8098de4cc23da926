package kr.sangsaeng.company;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The company profile of the demo SME, a Hyundai Motor parts maker in Ulsan, created at start-up when missing
 * (profile {@code demo} only). Runs after the demo accounts exist.
 */
@Component
@Profile("demo")
@Order(DemoCompanyProfile.AFTER_DEMO_ACCOUNTS)
class DemoCompanyProfile implements ApplicationRunner {

	static final int AFTER_DEMO_ACCOUNTS = 10;

	static final String DEMO_SME_USERNAME = "sme.demo";

	static final String DEMO_SME_EMAIL = "finance@hanbit-autotech.example";

	static final CompanyDetails DEMO_SME = new CompanyDetails(
			new LocalizedName("(주)한빛오토텍", "Hanbit Autotech Co., Ltd."), "서한빛", IndustrySection.C, Region.ULSAN,
			85, Won.of(18_240_000_000L), LocalDate.of(2009, 3, 16), "052-288-4100", true, false);

	private static final Logger log = LoggerFactory.getLogger(DemoCompanyProfile.class);

	private final Accounts accounts;

	private final CompanyProfiles profiles;

	DemoCompanyProfile(Accounts accounts, CompanyProfiles profiles) {
		this.accounts = accounts;
		this.profiles = profiles;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<SignedInUser> demoSme = accounts.account(DEMO_SME_USERNAME);
		if (demoSme.isEmpty()) {
			log.warn("No demo SME account {}: its company profile is not created", DEMO_SME_USERNAME);
			return;
		}
		SignedInUser owner = demoSme.get();
		if (profiles.forOrganisation(owner.organisation().id()).isPresent()) {
			return;
		}
		profiles.create(owner.organisation(), DEMO_SME_EMAIL, DEMO_SME, owner.accountId());
		log.info("Created the company profile of the demo SME {}", owner.organisation().code());
	}

}
