package kr.sangsaeng.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class BreakdownsTests {

	@Autowired
	Breakdowns breakdowns;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	DashboardFixtures fixtures;

	ProgrammeCode programme;

	@BeforeEach
	void aProgrammeWithApplicationsFromAcrossTheCountry() {
		fixtures = new DashboardFixtures(context);
		programme = fixtures.programme("지역별 시험 프로그램", List.of("WOORI", "KB"), List.of("HYUNDAI", "KIA"));
		// Busan: a tier-2 Kia partner of 8 employees, approved for 300M and paid 100M through Woori
		ApplicationId busan = fixtures.submitted(programme, new DashboardFixtures.Sme("BUSAN", "C", 8, "KIA", 2), "WOORI",
				Won.of(300_000_000));
		fixtures.approve(busan, Won.of(300_000_000));
		fixtures.pay("WOORI", busan, Won.of(100_000_000));
		// Busan again: a tier-1 Hyundai partner of 120 employees in wholesale, rejected, through KB
		ApplicationId rejected = fixtures.submitted(programme,
				new DashboardFixtures.Sme("BUSAN", "G", 120, "HYUNDAI", 1), "KB", Won.of(200_000_000));
		fixtures.reject(rejected);
		// Ulsan: on no partner list, 400 employees, waiting, through KB; it applied 40 days ago
		ApplicationId ulsan = fixtures.submitted(programme, new DashboardFixtures.Sme("ULSAN", "C", 400, null, 0), "KB",
				Won.of(500_000_000));
		fixtures.submittedDaysAgo(ulsan, 40);
	}

	@Test
	void aBreakdownByRegionListsEveryRegionAndCountsWhatBecameOfTheApplications() {
		BreakdownTable table = breakdowns.of(Breakdown.REGION, programmes(), Period.ALL);

		assertThat(table.rows()).hasSize(17);
		Map<String, BreakdownTable.Row> rows = byKey(table);
		BreakdownTable.Row busan = rows.get("BUSAN");
		assertThat(busan.name().korean()).isEqualTo("부산광역시");
		assertThat(busan.applications()).isEqualTo(2);
		assertThat(busan.approved()).isEqualTo(1);
		assertThat(busan.approvalRate()).isEqualByComparingTo("50.0");
		assertThat(busan.approvedAmount()).isEqualTo(Won.of(300_000_000));
		assertThat(busan.disbursed()).isEqualTo(Won.of(100_000_000));
		assertThat(busan.disbursedShare()).isEqualByComparingTo("33.3");
		assertThat(busan.companies()).isEqualTo(2);
		assertThat(rows.get("ULSAN").applications()).isEqualTo(1);
		assertThat(rows.get("ULSAN").approvalRate()).isNull();
		assertThat(rows.get("SEOUL").applications()).isZero();
		assertThat(table.total().applications()).isEqualTo(3);
		assertThat(table.total().companies()).isEqualTo(3);
		assertThat(table.total().approvedAmount()).isEqualTo(Won.of(300_000_000));
	}

	@Test
	void sizeTierFunderBankAndAgencyComeFromTheCompanyAsItApplied() {
		Map<String, BreakdownTable.Row> sizes = byKey(breakdowns.of(Breakdown.SIZE, programmes(), Period.ALL));
		assertThat(sizes.get("MICRO").applications()).isEqualTo(1);
		assertThat(sizes.get("SMALL").applications()).isZero();
		assertThat(sizes.get("MEDIUM").applications()).isEqualTo(1);
		assertThat(sizes.get("LARGER").applications()).isEqualTo(1);

		Map<String, BreakdownTable.Row> tiers = byKey(breakdowns.of(Breakdown.TIER, programmes(), Period.ALL));
		assertThat(tiers.get("1").applications()).isEqualTo(1);
		assertThat(tiers.get("2").approvedAmount()).isEqualTo(Won.of(300_000_000));
		assertThat(tiers.get("3").applications()).isZero();
		assertThat(tiers.get(null).applications()).isEqualTo(1);
		assertThat(tiers.get(null).name().english()).isEqualTo("Not on a funder's partner list");

		Map<String, BreakdownTable.Row> funders = byKey(breakdowns.of(Breakdown.FUNDER, programmes(), Period.ALL));
		assertThat(funders.get("KIA").disbursed()).isEqualTo(Won.of(100_000_000));
		assertThat(funders.get("HYUNDAI").applications()).isEqualTo(1);
		assertThat(funders.get(null).applications()).isEqualTo(1);

		Map<String, BreakdownTable.Row> banks = byKey(breakdowns.of(Breakdown.BANK, programmes(), Period.ALL));
		assertThat(banks.get("KB").applications()).isEqualTo(2);
		assertThat(banks.get("WOORI").name().korean()).isEqualTo("우리은행");

		Map<String, BreakdownTable.Row> agencies = byKey(breakdowns.of(Breakdown.AGENCY, programmes(), Period.ALL));
		assertThat(agencies).containsOnlyKeys("KODIT");
		assertThat(agencies.get("KODIT").applications()).isEqualTo(3);

		Map<String, BreakdownTable.Row> industries = byKey(breakdowns.of(Breakdown.INDUSTRY, programmes(), Period.ALL));
		assertThat(industries).containsOnlyKeys("C", "G");
		assertThat(industries.get("G").name().english()).isEqualTo("Wholesale and retail trade");
	}

	@Test
	void aPeriodCountsTheApplicationsSubmittedInItsMonths() {
		YearMonth thisMonth = YearMonth.now(SeoulTime.ZONE);

		BreakdownTable now = breakdowns.of(Breakdown.REGION, programmes(), new Period(thisMonth, thisMonth));
		BreakdownTable before = breakdowns.of(Breakdown.REGION, programmes(), new Period(null, thisMonth.minusMonths(1)));

		assertThat(now.total().applications()).isEqualTo(2);
		assertThat(now.total().companies()).isEqualTo(2);
		assertThat(byKey(now).get("ULSAN").applications()).isZero();
		assertThat(before.total().applications()).isEqualTo(1);
		assertThat(before.total().companies()).isEqualTo(1);
		assertThat(byKey(before).get("ULSAN").applications()).isEqualTo(1);
	}

	@Test
	void aCompanyInTwoGroupsIsOneSmeInTheTotal() {
		Applicant twice = fixtures.sme(DashboardFixtures.Sme.in("JEJU"));
		ApplicationId first = fixtures.submitted(programme, twice, "WOORI", Won.of(100_000_000));
		fixtures.reject(first);
		fixtures.submitted(programme, twice, "KB", Won.of(100_000_000));

		BreakdownTable table = breakdowns.of(Breakdown.BANK, programmes(), Period.ALL);

		assertThat(table.total().applications()).isEqualTo(5);
		assertThat(table.total().companies()).isEqualTo(4);
		assertThat(table.rows().stream().mapToLong(BreakdownTable.Row::companies).sum()).isEqualTo(5);
	}

	private List<ProgrammeSummary> programmes() {
		return List.of(catalogue.find(programme).orElseThrow());
	}

	private static Map<String, BreakdownTable.Row> byKey(BreakdownTable table) {
		return table.rows()
			.stream()
			.collect(Collectors.toMap(row -> row.key() == null ? "null" : row.key(), Function.identity()))
			.entrySet()
			.stream()
			.collect(java.util.HashMap::new, (map, entry) -> map.put("null".equals(entry.getKey()) ? null : entry.getKey(),
					entry.getValue()), Map::putAll);
	}

}
