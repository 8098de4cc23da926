package kr.sangsaeng.audit.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.audit.AuditEntry;
import kr.sangsaeng.audit.AuditPage;
import kr.sangsaeng.audit.AuditQuery;
import kr.sangsaeng.audit.AuditTrail;
import kr.sangsaeng.audit.AuditedProgrammes;
import kr.sangsaeng.audit.ChainVerification;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class AuditTrailPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	AuditTrail trail;

	@Test
	@WithUserDetails("admin")
	void theAdministratorReadsAProgrammesTrailInPlainWords() throws Exception {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(20_000_000_000L));
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		ledger.change(code, CapacityChange.INCREASE, Won.of(5_000_000_000L), "기아 추가 출연", "admin");

		mvc.perform(get("/admin/audit").param("subject", code.value().toLowerCase()).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("대상: programme:" + code.value()),
					containsString("공급 한도 증액"), containsString("20,000,000,000원 → 25,000,000,000원"),
					containsString("기아 추가 출연"), containsString("프로그램 상태 변경"),
					containsString("준비 중 → 접수 중"),
					containsString("href=\"/admin/audit?username=admin\""),
					containsString("href=\"/admin/audit?subject=programme:" + code.value() + "\""),
					not(containsString("Programme status changed")))));

		mvc.perform(get("/admin/audit").param("subject", code.value()).param("lang", "en").with(as("admin")))
			.andExpect(content().string(allOf(containsString("Audit trail"), containsString("Programme status changed"),
					containsString("Draft → Open"), containsString("₩20,000,000,000 → ₩25,000,000,000"))));
	}

	@Test
	@WithUserDetails("admin")
	void theTrailCanBeNarrowedByActionUserAndPeriod() throws Exception {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(1_000_000_000));
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		String subject = AuditedProgrammes.subject(code);
		String today = LocalDate.now(SeoulTime.ZONE).toString();
		String tomorrow = LocalDate.now(SeoulTime.ZONE).plusDays(1).toString();

		mvc.perform(get("/admin/audit").param("subject", subject).param("action", "capacity").with(as("admin")))
			.andExpect(content().string(allOf(containsString("최초 공급 한도"), not(containsString("프로그램 상태 변경")))));
		mvc.perform(get("/admin/audit").param("subject", subject).param("username", "ADMIN").with(as("admin")))
			.andExpect(content().string(containsString("프로그램 상태 변경")));
		mvc.perform(get("/admin/audit").param("subject", subject).param("username", "ministry").with(as("admin")))
			.andExpect(content().string(containsString("조건에 맞는 기록이 없습니다.")));
		mvc.perform(get("/admin/audit").param("subject", subject).param("from", today).param("to", today)
			.with(as("admin"))).andExpect(content().string(containsString("프로그램 상태 변경")));
		mvc.perform(get("/admin/audit").param("subject", subject).param("from", tomorrow).with(as("admin")))
			.andExpect(content().string(containsString("조건에 맞는 기록이 없습니다.")));
	}

	@Test
	@WithUserDetails("admin")
	void longTrailsArePagedNewestFirst() {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(1_000_000_000));
		for (int i = 1; i <= 3; i++) {
			ledger.change(code, CapacityChange.INCREASE, Won.of(i), "증액 " + i, "admin");
		}
		AuditQuery firstPage = AuditQuery.newest(2).withSubject(AuditedProgrammes.subject(code));

		AuditPage newest = trail.search(firstPage);
		AuditPage older = trail.search(firstPage.before(newest.olderBefore()));
		AuditPage oldest = trail.search(firstPage.before(older.olderBefore()));

		assertThat(newest.entries()).extracting(entry -> entry.details().get("reason")).containsExactly("증액 3", "증액 2");
		assertThat(older.entries()).extracting(AuditEntry::action).containsExactly("capacity.increase", "programme.created");
		assertThat(oldest.entries()).extracting(AuditEntry::action).containsExactly("capacity.initial");
		assertThat(oldest.hasOlder()).isFalse();
	}

	@Test
	@WithUserDetails("admin")
	void thePageShowsFiftyEntriesAndLinksToTheOlderOnes() throws Exception {
		ProgrammeCode code = AuditedProgrammes.create(administration, Won.of(1_000_000_000));
		for (int i = 1; i < AuditTrailController.PAGE_SIZE; i++) {
			ledger.change(code, CapacityChange.INCREASE, Won.of(i), "증액 " + i, "admin");
		}
		String subject = AuditedProgrammes.subject(code);

		String firstPage = mvc.perform(get("/admin/audit").param("subject", subject).with(as("admin")))
			.andExpect(content().string(allOf(containsString("증액 49"), not(containsString("최초 공급 한도")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String older = firstPage.replaceAll("(?s).*href=\"(/admin/audit\\?subject=[^\"]*&amp;before=[0-9]+)\".*", "$1")
			.replace("&amp;", "&");

		assertThat(older).startsWith("/admin/audit?subject=");
		mvc.perform(get(URI.create(older)).with(as("admin")))
			.andExpect(content().string(allOf(containsString("최초 공급 한도"), not(containsString("증액 49")),
					containsString("최신 기록"))));
	}

	@Test
	void badFiltersAreExplainedNextToTheirFieldsAndNeverFail() throws Exception {
		mvc.perform(get("/admin/audit").param("subject", "x".repeat(201))
			.param("username", "admin\u0001")
			.param("from", "2026-13-45")
			.param("to", "yesterday")
			.param("action", "")
			.param("before", "not-a-number")
			.with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("200자 이내로 입력하세요."),
					containsString("보이지 않는 제어 문자를 지워 주세요."),
					containsString("날짜를 YYYY-MM-DD 형식으로 입력하세요"), containsString("id=\"subject-error\""),
					containsString("aria-describedby=\"from-help from-error\""), containsString("aria-invalid=\"true\""),
					not(containsString("audit-table")))));
		mvc.perform(get("/admin/audit").param("from", "2026-03-02").param("to", "2026-03-01").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("종료일은 시작일보다 앞설 수 없습니다.")));
		mvc.perform(get("/admin/audit").param("from", "+99999-01-01").param("lang", "en").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")));
		mvc.perform(get("/admin/audit").param("subject", "'; drop table audit_entry; --").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("조건에 맞는 기록이 없습니다.")));
	}

	@Test
	void verifyingTheChainShowsTheResult() throws Exception {
		MvcResult verified = mvc.perform(post("/admin/audit/verify").with(csrf()).with(as("admin")))
			.andExpect(redirectedUrl("/admin/audit"))
			.andReturn();
		assertThat(verified.getFlashMap().get("verification")).isInstanceOfSatisfying(ChainVerification.class,
				verification -> assertThat(verification.intact()).isTrue());

		mvc.perform(get("/admin/audit").cookie(verified.getResponse().getCookie("SESSION")).with(as("admin")))
			.andExpect(content().string(allOf(containsString("체인이 온전합니다."), containsString("마지막 기록의 해시"))));
	}

	@Test
	void theActuatorReportsTheChainToAdministrators() throws Exception {
		mvc.perform(get("/actuator/auditchain").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.lastHash").isString())
			.andExpect(jsonPath("$.brokenAt").doesNotExist());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ministry", "kodit.reviewer", "kodit.approver", "ksure.reviewer", "ksure.approver",
			"woori.officer", "ibk.officer", "sme.demo" })
	void everyOtherRoleIsRefused(String username) throws Exception {
		mvc.perform(get("/admin/audit").with(as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").param("subject", "programme:HMG-KB-WOORI").with(as(username)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/audit/verify").with(csrf()).with(as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/auditchain").with(as(username))).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String page : List.of("/admin/audit", "/actuator/auditchain")) {
			mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
		mvc.perform(post("/admin/audit/verify").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
