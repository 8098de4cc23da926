package kr.sangsaeng.review;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class ReviewQueuePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aKoditReviewerSeesOnlyTheProgrammesKoditGuarantees() throws Exception {
		mvc.perform(get("/review").with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("심사 대기 목록"), containsString("현대차·기아·우리·KB 상생금융"),
					not(containsString("철강 수출 공급망 우대 자금")))));
		mvc.perform(get("/review").param("programme", "POSCO-IBK-KSURE").with(as("kodit.reviewer")))
			.andExpect(content().string(not(containsString("철강 수출 공급망 우대 자금"))));
	}

	@Test
	void aKsureApproverSeesOnlyTheSteelProgramme() throws Exception {
		mvc.perform(get("/review").param("lang", "en").with(as("ksure.approver")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Review queue"),
					containsString("Steel export supply-chain preferential funding"),
					not(containsString("Hyundai·Kia·Woori·KB")))));
	}

	@Test
	void reviewersFindAnApplicationByBusinessNumberOrName() throws Exception {
		mvc.perform(get("/review").param("q", "314-86").with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(containsString("(주)한빛오토텍"), containsString("314-86-05193"))));
		mvc.perform(get("/review").param("q", "한빛오토").param("status", "INFO_REQUESTED").with(as("kodit.reviewer")))
			.andExpect(content().string(containsString("(주)한빛오토텍")));
		mvc.perform(get("/review").param("q", "한빛오토").param("status", "REJECTED").with(as("kodit.reviewer")))
			.andExpect(content().string(allOf(not(containsString("(주)한빛오토텍")),
					containsString("조건에 맞는 신청이 없습니다."))));
	}

	@Test
	void oddFilterValuesAreIgnoredRatherThanFailing() throws Exception {
		mvc.perform(get("/review").param("status", "NONSENSE")
			.param("page", "-3")
			.param("q", "%_\\' or 1=1 --")
			.with(as("kodit.reviewer"))).andExpect(status().isOk());
		mvc.perform(get("/review").param("q", "가".repeat(5000)).with(as("kodit.reviewer"))).andExpect(status().isOk());
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
