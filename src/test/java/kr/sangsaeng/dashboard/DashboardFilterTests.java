package kr.sangsaeng.dashboard;

import java.time.YearMonth;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The period of the breakdowns and the index is checked on the server, with the message next to its field.
 */
@SangsaengTest
class DashboardFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void anEndBeforeTheStartIsRefusedNextToTheEndField() throws Exception {
		Document korean = page("/dashboard/breakdowns?by=bank&from=2026-05&to=2026-04&lang=ko");
		assertThat(korean.select("#filter-to").hasClass("is-invalid")).isTrue();
		assertThat(korean.select("#filter-to-error").text()).isEqualTo("종료 월은 시작 월보다 앞설 수 없습니다.");
		assertThat(korean.select("#filter-to").attr("value")).isEqualTo("2026-04");
		assertThat(korean.select("#filter-from-error")).isEmpty();

		Document english = page("/dashboard/index?from=2026-05&to=2026-04&lang=en");
		assertThat(english.select("#filter-to-error").text()).isEqualTo("The end cannot be before the start.");
		assertThat(english.text()).contains("The period was not applied");
	}

	@Test
	void aStartInTheFutureAndAnUnreadableMonthAreRefused() throws Exception {
		String nextMonth = YearMonth.now(SeoulTime.ZONE).plusMonths(1).toString();
		Document future = page("/dashboard/breakdowns?from=" + nextMonth + "&lang=en");
		assertThat(future.select("#filter-from-error").text()).isEqualTo("The start cannot be after this month.");
		Document thisMonth = page("/dashboard/breakdowns?from=" + YearMonth.now(SeoulTime.ZONE) + "&lang=en");
		assertThat(thisMonth.select("#filter-from-error")).isEmpty();

		Document unreadable = page("/dashboard/breakdowns?from=2026-13&lang=ko");
		assertThat(unreadable.select("#filter-from-error").text()).isEqualTo("월을 YYYY-MM 형식으로 입력해 주세요(예: 2026-03).");
		assertThat(unreadable.select("#filter-from").attr("value")).isEqualTo("2026-13");
		// typed as a day where the browser offers no month picker: the period counts whole months only
		Document day = page("/dashboard/index?to=2026-03-15&lang=en");
		assertThat(day.select("#filter-to-error").text()).isEqualTo("Enter a month as YYYY-MM (for example 2026-03).");

		mvc.perform(get("/dashboard/export/breakdown.csv?from=2026-05&to=2026-04").with(as("ministry")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aValidPeriodIsKeptInTheGroupingLinksAndDownloads() throws Exception {
		Document page = page("/dashboard/breakdowns?programme=HMG-KB-WOORI&by=size&from=2026-01&to=2026-06");
		assertThat(page.select("#filter-from-error, #filter-to-error")).isEmpty();
		assertThat(page.select(".dashboard-groupings a").eachAttr("href"))
			.contains("/dashboard/breakdowns?programme=HMG-KB-WOORI&by=region&from=2026-01&to=2026-06");
		assertThat(page.select(".dashboard-downloads a").eachAttr("href")).contains(
				"/dashboard/export/breakdown.csv?programme=HMG-KB-WOORI&by=size&from=2026-01&to=2026-06",
				"/dashboard/export/breakdown.xlsx?programme=HMG-KB-WOORI&by=size&from=2026-01&to=2026-06");
		assertThat(page.select("#filter-programme option[selected]").attr("value")).isEqualTo("HMG-KB-WOORI");
		assertThat(page.select("#filter-from").attr("type")).isEqualTo("month");
		assertThat(page.select("#filter-from").attr("value")).isEqualTo("2026-01");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(as("ministry")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
