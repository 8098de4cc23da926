package kr.sangsaeng.review;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class ReviewQueuePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

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

	@Test
	void aReviewerReadsAnApplicationOfTheirAgencyWithItsDocumentsAndTheCompanysExposure() throws Exception {
		long id = jdbc.sql("select id from guarantee_application where business_number = '3148605193' "
				+ "and programme_code = 'HMG-KB-WOORI' and status = 'INFO_REQUESTED'")
			.query(Long.class)
			.single();
		long document = jdbc.sql("select min(id) from application_document where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();

		mvc.perform(get("/review/" + id).with(as("kodit.reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("(주)한빛오토텍"), containsString("사업계획서.pdf"),
					containsString("보유·신청 금액: 이 프로그램 8억 원, 전체 프로그램 13억 원."),
					containsString("현대자동차와 맺은 2027년 납품 계약서"))));
		mvc.perform(get("/review/" + id + "/documents/" + document).with(as("kodit.approver")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")));

		mvc.perform(get("/review/" + id).with(as("ksure.reviewer"))).andExpect(status().isNotFound());
		mvc.perform(get("/review/" + id + "/documents/" + document).with(as("ksure.approver")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/review/not-a-number").with(as("kodit.reviewer"))).andExpect(status().isNotFound());
		mvc.perform(get("/review/" + id).with(as("sme.demo"))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
