package kr.sangsaeng.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.Won;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo funders' dashboards show the demo: the demo SMEs that apply to a programme a demo funder backs are on its
 * partner list at tiers 1 to 3, so that a visitor signed in as the funder sees their applications, approvals and pace.
 */
@SangsaengTest
class DemoFunderDashboardsTests {

	/** The demo's own applications: those received up to the demo SME's last, before any test applied. */
	private static final String DEMO = "a.receipt_number <= (select max(receipt_number) from guarantee_application "
			+ "where business_number = '3148605193') and a.status <> 'DRAFT'";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FunderDashboard dashboard;

	@Test
	void eachDemoFunderCountsDemoApplicationsOfItsPartnersAtEveryTierAndApprovalsOfTheLastMonths() {
		for (String funder : new String[] { "HYUNDAI", "POSCO" }) {
			Map<Integer, Long> byTier = demoApplicationsByTier(funder);
			assertThat(byTier).as(funder + "'s demo applications by tier").containsOnlyKeys(1, 2, 3);
			assertThat(byTier.values()).as(funder).allSatisfy(count -> assertThat(count).isPositive());
			long approvedLately = jdbc.sql("select count(*) from guarantee_application a where " + DEMO
					+ " and a.partner_funder_code = :funder and a.approved_won is not null "
					+ "and a.decided_at >= now() - interval '5 months'")
				.param("funder", funder)
				.query(Long.class)
				.single();
			assertThat(approvedLately).as(funder + "'s demo approvals of the last months").isPositive();
			assertThat(dashboard.of(new FunderCode(funder)).pace())
				.as(funder + "'s pace")
				.anySatisfy(month -> assertThat(month.approved()).isNotEqualTo(Won.ZERO));
		}
	}

	@Test
	@WithUserDetails("hyundai.funder")
	void hyundaiMotorsDashboardShowsTheDemoApplicationsOfItsSuppliers() throws Exception {
		long demoApplications = demoApplicationsByTier("HYUNDAI").values().stream().mapToLong(Long::longValue).sum();

		Document page = Jsoup.parse(mvc.perform(get("/funder/dashboard"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(Long.parseLong(page.selectFirst(".funder-applications tr[data-status=TOTAL] td").text()))
			.isGreaterThanOrEqualTo(demoApplications)
			.isGreaterThan(20);
		assertThat(page.select(".funder-applications tr[data-status=APPROVED]")).hasSize(1);
		for (int tier = 1; tier <= 3; tier++) {
			assertThat(Long.parseLong(page
				.selectFirst(".supply-chain-reach tbody[data-funder=HYUNDAI] tr[data-tier=" + tier + "] td.text-end")
				.text())).as("tier " + tier).isPositive();
		}
	}

	private Map<Integer, Long> demoApplicationsByTier(String funder) {
		Map<Integer, Long> byTier = new HashMap<>();
		jdbc.sql("select a.partner_tier, count(*) from guarantee_application a where " + DEMO
				+ " and a.partner_funder_code = :funder group by a.partner_tier")
			.param("funder", funder)
			.query((row, number) -> byTier.put(row.getInt(1), row.getLong(2)))
			.list();
		return byTier;
	}

}
