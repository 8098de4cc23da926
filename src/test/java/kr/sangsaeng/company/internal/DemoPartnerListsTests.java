package kr.sangsaeng.company.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.PartnerRegistry;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.PartnerRepository.NewPartner;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class DemoPartnerListsTests {

	static final List<String> FUNDERS = List.of("HYUNDAI", "KIA", "WOORI", "KB", "POSCOINTL", "POSCO", "IBK");

	@Autowired
	DemoPartnerLists demo;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	PartnerLists lists;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoSmeIsATierOnePartnerOfHyundaiMotor() {
		BusinessRegistrationNumber demoSme = BusinessRegistrationNumber.parse("314-86-05193");
		assertThat(registry.tierOf("HYUNDAI", demoSme)).contains(PartnerTier.TIER_1);
		assertThat(lists.partner("HYUNDAI", demoSme).companyName()).isEqualTo("(주)한빛오토텍");
		assertThat(registry.partnershipsOf(demoSme)).containsEntry("HYUNDAI", PartnerTier.TIER_1);
	}

	@Test
	void everyFunderHasAFewHundredDemoPartnersMostlyOfTiersTwoAndThree() {
		for (String funder : FUNDERS) {
			Map<Integer, Long> byTier = demoPartnersByTier(funder);
			long total = byTier.values().stream().mapToLong(Long::longValue).sum();
			assertThat(total).as(funder).isBetween(200L, 400L);
			assertThat(byTier.get(2) + byTier.get(3)).as(funder).isGreaterThan(total * 3 / 4);
			assertThat(byTier.get(1)).as(funder).isPositive();
		}
	}

	@Test
	void demoPartnersHaveValidNumbersAndPlausibleKoreanNames() {
		List<Map<String, Object>> partners = jdbc
			.sql("select business_number, company_name from partner where created_by = 'demo'")
			.query()
			.listOfRows();
		assertThat(partners).isNotEmpty().allSatisfy(partner -> {
			assertThat(BusinessRegistrationNumber.isValid((String) partner.get("business_number"))).isTrue();
			assertThat((String) partner.get("company_name")).matches("[가-힣() ]+");
		});
	}

	@Test
	void hyundaiAndKiaShareManySuppliers() {
		long shared = jdbc.sql("""
				select count(*) from partner h join partner k on k.business_number = h.business_number
				where h.funder_code = 'HYUNDAI' and k.funder_code = 'KIA' and h.created_by = 'demo'""")
			.query(Long.class)
			.single();
		assertThat(shared).isGreaterThan(20);
	}

	@Test
	void theSameListsAreGeneratedOnEveryRun() {
		List<NewPartner> suppliers = DemoPartnerLists.suppliers(1_000);
		assertThat(DemoPartnerLists.suppliers(1_000)).isEqualTo(suppliers);
		assertThat(DemoPartnerLists.listOf("KB", suppliers)).isEqualTo(DemoPartnerLists.listOf("KB", suppliers));
		assertThat(suppliers).extracting(NewPartner::number).doesNotHaveDuplicates();
	}

	@Test
	void startingAgainAddsNothing() {
		long before = jdbc.sql("select count(*) from partner").query(Long.class).single();
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("select count(*) from partner").query(Long.class).single()).isEqualTo(before);
	}

	private Map<Integer, Long> demoPartnersByTier(String funder) {
		Map<Integer, Long> byTier = new java.util.HashMap<>(Map.of(1, 0L, 2, 0L, 3, 0L));
		jdbc.sql("select tier, count(*) as partners from partner where funder_code = ? and created_by = 'demo' group by tier")
			.param(funder)
			.query(rs -> {
				byTier.put(rs.getInt("tier"), rs.getLong("partners"));
			});
		return byTier;
	}

}
