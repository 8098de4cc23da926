package kr.sangsaeng.company;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few hundred of the funders' demo partner companies as registered SMEs, with plausible profiles (mostly
 * manufacturers, spread over the regions where suppliers cluster), so that applications, review and the
 * dashboards have companies to show (profile {@code demo} only, once).
 */
@Component
@Profile("demo")
@Order(20)
class DemoCompanies implements ApplicationRunner {

	static final int COMPANIES = 320;

	private static final Logger log = LoggerFactory.getLogger(DemoCompanies.class);

	private static final IndustrySection[] INDUSTRIES = { IndustrySection.C, IndustrySection.C, IndustrySection.C,
			IndustrySection.C, IndustrySection.C, IndustrySection.C, IndustrySection.C, IndustrySection.G,
			IndustrySection.G, IndustrySection.H, IndustrySection.F, IndustrySection.J, IndustrySection.M };

	private static final Region[] REGIONS = { Region.GYEONGGI, Region.GYEONGGI, Region.GYEONGGI, Region.GYEONGGI,
			Region.ULSAN, Region.ULSAN, Region.GYEONGNAM, Region.GYEONGNAM, Region.GYEONGBUK, Region.GYEONGBUK,
			Region.INCHEON, Region.CHUNGNAM, Region.CHUNGNAM, Region.SEOUL, Region.BUSAN, Region.DAEGU,
			Region.GWANGJU, Region.JEONNAM, Region.CHUNGBUK, Region.DAEJEON, Region.JEONBUK, Region.GANGWON,
			Region.SEJONG, Region.JEJU };

	private static final String[] SURNAMES = { "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
			"신", "권", "황", "안", "송", "전", "홍" };

	private static final String[] GIVEN_NAMES = { "민준", "서연", "지훈", "수아", "예준", "하은", "도윤", "지우", "서준",
			"하린", "지호", "유진", "현우", "민서", "건우", "채원", "우진", "지민", "선영", "정호", "영수", "미경", "상훈",
			"은정", "동현", "혜진", "재원", "수빈", "성민", "경희", "태호", "나연", "준영", "소희", "병철", "윤아", "기현",
			"다은", "승현", "미정" };

	private record Listed(String businessNumber, String name) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	DemoCompanies(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long registered = jdbc.sql("select count(*) from company_profile").query(Long.class).single();
		if (registered > 1) {
			return;
		}
		List<Listed> partners = jdbc
			.sql("select business_number, min(company_name) from partner "
					+ "where business_number not in (select business_registration_number from company_profile) "
					+ "group by business_number order by md5(business_number) limit :count")
			.param("count", COMPANIES)
			.query((row, number) -> new Listed(row.getString(1), row.getString(2)))
			.list();
		for (Listed partner : partners) {
			Random random = new Random(partner.businessNumber().hashCode());
			OrganisationRef organisation = accounts.openSmeOrganisation(
					BusinessRegistrationNumber.parse(partner.businessNumber()),
					new LocalizedName(partner.name(), partner.name()));
			int employees = 8 + random.nextInt(290);
			jdbc.sql("insert into company_profile (organisation_id, business_registration_number, name_ko, name_en, "
					+ "representative_name, industry_section, region, employees, annual_revenue_won, founded_on, phone, "
					+ "email) values (:organisation, :number, :name, :name, :representative, :industry, :region, "
					+ ":employees, :revenue, :founded, :phone, :email) on conflict do nothing")
				.param("organisation", organisation.id())
				.param("number", partner.businessNumber())
				.param("name", partner.name())
				.param("representative", SURNAMES[random.nextInt(SURNAMES.length)]
						+ GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)])
				.param("industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)].name())
				.param("region", REGIONS[random.nextInt(REGIONS.length)].name())
				.param("employees", employees)
				.param("revenue", (long) employees * (150_000_000L + random.nextInt(250) * 1_000_000L))
				.param("founded", LocalDate.of(1985 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28)))
				.param("phone", String.format("0%d-%03d-%04d", 31 + random.nextInt(25), 200 + random.nextInt(800),
						random.nextInt(10_000)))
				.param("email", "contact-" + partner.businessNumber() + "@example.kr")
				.update();
		}
		log.info("Registered {} demo partner companies as SMEs", partners.size());
	}

}
