package kr.sangsaeng.company;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.AlreadyRegisteredException;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static kr.sangsaeng.company.SignUpFixtures.PASSWORD;
import static kr.sangsaeng.company.SignUpFixtures.accounts;
import static kr.sangsaeng.company.SignUpFixtures.newBusinessNumber;
import static kr.sangsaeng.company.SignUpFixtures.newEmail;
import static kr.sangsaeng.company.SignUpFixtures.organisations;
import static kr.sangsaeng.company.SignUpFixtures.profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SangsaengTest
@RecordApplicationEvents
class CompanyProfilesTests {

	private static final CompanyDetails DETAILS = new CompanyDetails(new LocalizedName("(주)가을기계", "Gaeul Machinery"),
			"정가을", IndustrySection.C, Region.GYEONGBUK, 120, Won.of(25_000_000_000L), LocalDate.of(1998, 10, 1),
			"054-123-4567");

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	Accounts accounts;

	@Autowired
	DemoCompanyProfile demoCompanyProfile;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void signingUpAnnouncesWhichCompanySignedUpByWhomAndWhen() {
		BusinessRegistrationNumber number = newBusinessNumber(jdbc);
		SignedInUser account = profiles.register(new CompanySignUp(number, newEmail(), PASSWORD, DETAILS));

		assertThat(events.stream(CompanyRegistered.class)).singleElement().satisfies(registered -> {
			assertThat(registered.organisationId()).isEqualTo(account.organisation().id());
			assertThat(registered.businessNumber()).isEqualTo(number);
			assertThat(registered.registeredBy()).isEqualTo(account.accountId());
			assertThat(registered.registeredAt()).isNotNull();
		});
		assertThat(account.getPassword()).as("no password hash leaves the sign-up").isNull();
		assertThat(account.organisation().name()).isEqualTo(DETAILS.name());
	}

	@Test
	void changingAProfileAnnouncesWhoChangedItAndWhen() {
		BusinessRegistrationNumber number = newBusinessNumber(jdbc);
		SignedInUser account = profiles.register(new CompanySignUp(number, newEmail(), PASSWORD, DETAILS));
		CompanyDetails grown = new CompanyDetails(DETAILS.name(), DETAILS.representativeName(), DETAILS.industry(),
				DETAILS.region(), 140, Won.of(31_000_000_000L), DETAILS.foundedOn(), DETAILS.phone());

		CompanyProfile changed = profiles.update(account, grown);

		assertThat(changed.employees()).isEqualTo(140);
		assertThat(events.stream(CompanyProfileUpdated.class)).singleElement().satisfies(updated -> {
			assertThat(updated.organisationId()).isEqualTo(account.organisation().id());
			assertThat(updated.businessNumber()).isEqualTo(number);
			assertThat(updated.updatedBy()).isEqualTo(account.accountId());
			assertThat(updated.updatedAt()).isAfterOrEqualTo(changed.createdAt());
		});
	}

	@Test
	void aSignUpThatCannotKeepItsProfileLeavesNoOrganisationOrAccountBehind() {
		BusinessRegistrationNumber number = newBusinessNumber(jdbc);
		BusinessRegistrationNumber squatter = newBusinessNumber(jdbc);
		String email = newEmail();
		long nextOrganisationId = jdbc.queryForObject("select nextval('organisation_id_seq')", Long.class) + 1;
		jdbc.update("insert into company_profile (organisation_id, business_registration_number, name_ko, name_en, "
				+ "representative_name, industry_section, region, employees, annual_revenue_won, founded_on, phone, "
				+ "email) values (?, ?, '자리', 'Taken', '누군가', 'C', 'SEOUL', 1, 1, date '2000-01-01', '02-123-4567', "
				+ "'x@example.com')", nextOrganisationId, squatter.digits());
		try {
			assertThatThrownBy(() -> profiles.register(new CompanySignUp(number, email, PASSWORD, DETAILS)))
				.isInstanceOf(AlreadyRegisteredException.class);

			assertThat(organisations(jdbc, number.digits())).isZero();
			assertThat(accounts(jdbc, email)).isZero();
			assertThat(profiles(jdbc, number.digits())).isZero();
			assertThat(events.stream(CompanyRegistered.class)).isEmpty();
		}
		finally {
			jdbc.update("delete from company_profile where business_registration_number = ?", squatter.digits());
		}
	}

	@Test
	void aWeakPasswordNeverReachesTheDatabaseWhoeverCalls() {
		BusinessRegistrationNumber number = newBusinessNumber(jdbc);
		String email = newEmail();
		assertThatThrownBy(() -> profiles.register(new CompanySignUp(number, email, "password1234", DETAILS)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(organisations(jdbc, number.digits())).isZero();
		assertThat(accounts(jdbc, email)).isZero();
	}

	@Test
	void theDemoSmeHasACompleteProfileCreatedOnlyOnce() throws Exception {
		demoCompanyProfile.run(null);
		demoCompanyProfile.run(null);

		assertThat(profiles(jdbc, "3148605193")).isEqualTo(1);
		CompanyProfile demo = profiles.forBusinessNumber(BusinessRegistrationNumber.parse("314-86-05193"))
			.orElseThrow();
		assertThat(demo.organisationId()).isEqualTo(accounts.organisation("3148605193").orElseThrow().id());
		assertThat(demo.name()).isEqualTo(new LocalizedName("(주)한빛오토텍", "Hanbit Autotech Co., Ltd."));
		assertThat(demo.industry()).isEqualTo(IndustrySection.C);
		assertThat(demo.region()).isEqualTo(Region.ULSAN);
		assertThat(demo.employees()).isEqualTo(85);
		assertThat(demo.annualRevenue().value()).isBetween(18_000_000_000L, 18_500_000_000L);
		assertThat(demo.foundedOn().getYear()).isEqualTo(2009);
		assertThat(events.stream(CompanyRegistered.class)).isEmpty();
	}

}
