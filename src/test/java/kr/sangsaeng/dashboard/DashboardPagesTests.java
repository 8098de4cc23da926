package kr.sangsaeng.dashboard;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class DashboardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JsonMapper json;

	@Test
	void ministryOfficialsAndAdministratorsSeeTheDashboardInKoreanAndEnglish() throws Exception {
		for (String username : new String[] { "ministry", "admin" }) {
			mvc.perform(get("/dashboard").param("lang", "ko").with(as(username)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("집행 현황 대시보드"), containsString("현대차·기아·우리·KB 상생금융"),
						containsString("억 원"), containsString("id=\"dashboard-chart-data\""),
						containsString("chart.umd.min.js"), containsString("/js/dashboard-charts.js"))));
			mvc.perform(get("/dashboard").param("lang", "en").with(as(username)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Utilisation dashboard"),
						containsString("Steel export supply-chain preferential funding"), containsString("trillion"),
						containsString("Approval rate"))));
		}
	}

	@Test
	void smesAndBanksAreRefused() throws Exception {
		for (String username : new String[] { "sme.demo", "woori.officer" }) {
			mvc.perform(get("/dashboard").with(as(username))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theChartDataCannotEndItsScriptBlock() throws Exception {
		String page = mvc.perform(get("/dashboard").with(as("ministry"))).andReturn().getResponse().getContentAsString();
		int start = page.indexOf("id=\"dashboard-chart-data\">") + "id=\"dashboard-chart-data\">".length();
		String data = page.substring(start, page.indexOf("</script>", start));
		JsonNode chart = json.readTree(data);
		assertThat(chart.get("programmes").get("labels").size()).isGreaterThanOrEqualTo(3);
		assertThat(chart.get("weeks").get("labels").size()).isEqualTo(UtilisationOverview.WEEKS);
		assertThat(data).doesNotContain("<");
	}

	@Test
	void theCapacityChartsTableGivesEachProgrammesShares() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/dashboard").param("lang", "ko")
			.with(as("ministry"))).andReturn().getResponse().getContentAsString());
		Elements rows = page.select("table[aria-labelledby=capacity-chart-caption] tbody tr");
		assertThat(rows).hasSameSizeAs(page.select(".programme-money tbody tr"));
		assertThat(page.select("table[aria-labelledby=capacity-chart-caption] thead th").eachText())
			.containsExactly("프로그램", "대출 실행", "사용 중, 미실행", "잔여 한도");
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.attr("data-programme")).isNotBlank();
			assertThat(row.select("td")).hasSize(3).allSatisfy(cell -> assertThat(cell.text()).endsWith("원"));
		});
	}

	@Test
	void theStatisticsArePublicJsonWithoutCompaniesOrPeople() throws Exception {
		String body = mvc.perform(get("/api/v1/statistics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode statistics = json.readTree(body);
		JsonNode total = statistics.get("total");
		assertThat(total.get("capacityWon").asLong()).isGreaterThanOrEqualTo(1_715_000_000_000L);
		assertThat(total.get("capacityWon").asLong())
			.isEqualTo(total.get("committedWon").asLong() + total.get("remainingWon").asLong());
		assertThat(total.get("applicationsByStatus").has("SUBMITTED")).isTrue();
		assertThat(total.get("applicationsByStatus").has("DRAFT")).isFalse();
		assertThat(statistics.get("programmes").findValuesAsString("code")).contains("HMG-KB-WOORI", "POSCOINTL-KODIT",
				"POSCO-IBK-KSURE");
		assertThat(statistics.get("generatedAt").asString()).isNotBlank();
		assertThat(statistics.get("weeks")).hasSize(UtilisationOverview.WEEKS);
		assertThat(body).doesNotContain("한빛오토텍", "시험기업", "businessNumber", "company", "@");
		assertThat(Pattern.compile("\"[0-9]{3}-?[0-9]{2}-?[0-9]{5}\"").matcher(body).find()).isFalse();
	}

	@Test
	void theApiDescriptionDocumentsTheStatistics() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/api/v1/statistics"), containsString("Open statistics"))));
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
