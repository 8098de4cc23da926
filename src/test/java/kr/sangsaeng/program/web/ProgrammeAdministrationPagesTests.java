package kr.sangsaeng.program.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.GuaranteeLimits;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class ProgrammeAdministrationPagesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	CapacityLedger ledger;

	@Test
	void anAdministratorSetsUpAProgrammeThatAppearsInTheCatalogueOnceOpen() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")))
			.andExpect(redirectedUrl("/admin/programmes/" + code));

		ProgrammeSummary created = catalogue.find(new ProgrammeCode(code)).orElseThrow();
		assertThat(created.status()).isEqualTo(ProgrammeStatus.DRAFT);
		assertThat(created.capacity()).isEqualTo(Won.of(20_000_000_000L));
		assertThat(created.leadAgency().code()).isEqualTo("KIBO");
		assertThat(created.terms().maxLoanLowerTier()).isEqualTo(Won.of(500_000_000));
		assertThat(ledger.entries(created.code())).extracting(entry -> entry.kind()).containsExactly("INITIAL");
		mvc.perform(get("/api/v1/programmes"))
			.andExpect(content().string(not(containsString(code))));

		changeStatus(code, "OPEN")
			.andExpect(redirectedUrl("/admin/programmes/" + code))
			.andExpect(flash().attribute("notice", "programme.admin.status.OPEN"));

		mvc.perform(get("/api/v1/programmes"))
			.andExpect(jsonPath("$[?(@.code == '" + code + "')].capacityWon").value(20_000_000_000L))
			.andExpect(jsonPath("$[?(@.code == '" + code + "')].agency").value("KIBO"));
		mvc.perform(get("/programmes/" + code))
			.andExpect(content().string(containsString("200억 원")));
	}

	@Test
	void badInputIsExplainedNextToEachFieldAndNothingIsSaved() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code, "nameKo", " ", "capacity", "-5", "minLoan",
				"600,000,000", "maxLoan", "500,000,000", "guaranteeRatio", "150", "maxTermMonths", "0", "closesAt",
				"2026-01-01T09:00", "bankCodes", "NOSUCHBANK", "contributions[HYUNDAI]", "1.5")
			.with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("필수 입력 항목입니다."),
					containsString("금액은 음수일 수 없습니다."),
					containsString("최소 대출액은 기업당 최대 한도보다 클 수 없습니다."),
					containsString("0부터 100까지의 숫자를 소수점 셋째 자리까지 입력하세요."),
					containsString("1부터 240까지의 개월 수를 입력하세요."),
					containsString("신청 마감은 신청 시작보다 뒤여야 합니다."),
					containsString("목록에 있는 기관만 선택할 수 있습니다."),
					containsString("금액은 원 단위 정수로 입력해 주세요."),
					containsString("id=\"capacity-error\""), containsString("aria-describedby=\"capacity-words capacity-help capacity-error\""))));
		assertThat(catalogue.find(new ProgrammeCode(code))).isEmpty();
	}

	@Test
	void messagesFollowTheReadersLanguage() throws Exception {
		mvc.perform(validProgramme(post("/admin/programmes"), uniqueCode(), "lang", "en", "maxLoan", "30,000,000,000")
			.with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot exceed the programme&#39;s capacity")));
	}

	@Test
	void aProgrammeMovesOnlyAlongItsLife() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));

		changeStatus(code, "SUSPENDED").andExpect(flash().attribute("problem", "programme.rule.transition.DRAFT.SUSPENDED"));
		changeStatus(code, "OPEN").andExpect(flash().attribute("notice", "programme.admin.status.OPEN"));
		mvc.perform(post("/admin/programmes/" + code + "/delete").with(csrf()).with(as("admin")))
			.andExpect(flash().attribute("problem", "programme.rule.deleteOnlyDraft"));
		changeStatus(code, "SUSPENDED").andExpect(flash().attribute("notice", "programme.admin.status.SUSPENDED"));
		changeStatus(code, "OPEN").andExpect(flash().attribute("notice", "programme.admin.status.OPEN"));
		changeStatus(code, "CLOSED").andExpect(flash().attribute("notice", "programme.admin.status.CLOSED"));
		changeStatus(code, "OPEN").andExpect(flash().attribute("problem", "programme.rule.transition.CLOSED.OPEN"));
		changeStatus(code, "NONSENSE").andExpect(flash().attribute("problem", "programme.rule.unknownStatus"));

		assertThat(catalogue.find(new ProgrammeCode(code)).orElseThrow().status()).isEqualTo(ProgrammeStatus.CLOSED);
	}

	@Test
	void onlyADraftCanBeDeleted() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));
		mvc.perform(post("/admin/programmes/" + code + "/delete").with(csrf()).with(as("admin")))
			.andExpect(redirectedUrl("/admin/programmes"));
		assertThat(catalogue.find(new ProgrammeCode(code))).isEmpty();
	}

	@Test
	void theCodeOfAnOpenProgrammeCannotChange() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));
		changeStatus(code, "OPEN");
		long version = versionOf(code);

		mvc.perform(validProgramme(post("/admin/programmes/" + code), "RENAMED-" + code.substring(5), "nameEn",
				"Renamed in English", "version", Long.toString(version))
			.with(as("admin"))).andExpect(redirectedUrl("/admin/programmes/" + code));

		ProgrammeSummary edited = catalogue.find(new ProgrammeCode(code)).orElseThrow();
		assertThat(edited.name().english()).isEqualTo("Renamed in English");
	}

	@Test
	void theLeadAgencyOfAnOpenProgrammeCannotChange() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));
		mvc.perform(validProgramme(post("/admin/programmes/" + code), code, "leadAgency", "KODIT", "version",
				Long.toString(versionOf(code))).with(as("admin"))).andExpect(redirectedUrl("/admin/programmes/" + code));
		assertThat(catalogue.find(new ProgrammeCode(code)).orElseThrow().leadAgency().code()).isEqualTo("KODIT");
		changeStatus(code, "OPEN");

		mvc.perform(validProgramme(post("/admin/programmes/" + code), code, "leadAgency", "KIBO", "nameEn",
				"Lead changed", "version", Long.toString(versionOf(code))).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("접수를 시작한 프로그램의 주관 보증기관은 바꿀 수 없습니다.")))
			.andExpect(content().string(containsString("id=\"agencyCodes-error\"")));

		ProgrammeSummary unchanged = catalogue.find(new ProgrammeCode(code)).orElseThrow();
		assertThat(unchanged.leadAgency().code()).isEqualTo("KODIT");
		assertThat(unchanged.name().english()).isNotEqualTo("Lead changed");
	}

	private long versionOf(String code) {
		return catalogue.find(new ProgrammeCode(code)).orElseThrow().version();
	}

	@Test
	void anEditBasedOnAnOlderVersionIsRefused() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));
		long version = versionOf(code);
		mvc.perform(validProgramme(post("/admin/programmes/" + code), code, "nameEn", "First edit", "version",
				Long.toString(version)).with(as("admin")));

		mvc.perform(validProgramme(post("/admin/programmes/" + code), code, "nameEn", "Stale edit", "version",
				Long.toString(version)).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("수정하는 동안 다른 사람이 이 프로그램을 변경했습니다")));
		assertThat(catalogue.find(new ProgrammeCode(code)).orElseThrow().name().english()).isEqualTo("First edit");
	}

	@Test
	void suspendingAProgrammeShowsWhatChangesAndNeedsAConfirmationAndAReason() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));
		changeStatus(code, "OPEN");

		Document detail = Jsoup.parse(mvc.perform(get("/admin/programmes/" + code).with(as("admin")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(detail.select("form[action$=/status]")).isNotEmpty()
			.allSatisfy(form -> assertThat(form.attr("method")).isEqualTo("get"));
		mvc.perform(get("/admin/programmes/" + code + "/status").param("target", "SUSPENDED").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("프로그램을 일시 중단할까요?"), containsString("현재 상태"),
					containsString("중소기업은 더 이상 신청서를 제출할 수 없습니다"),
					containsString("name=\"confirmed\" value=\"true\""))));
		// the old one-click form: no confirmation, nothing moves
		mvc.perform(post("/admin/programmes/" + code + "/status").param("target", "SUSPENDED")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isOk()).andExpect(content().string(containsString("일시 중단하기")));
		mvc.perform(post("/admin/programmes/" + code + "/status").param("target", "SUSPENDED")
			.param("confirmed", "true")
			.param("reason", "  ")
			.with(csrf())
			.with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reason-error\""),
					containsString("상태를 바꾸는 사유를 입력하세요."))));
		assertThat(catalogue.find(new ProgrammeCode(code)).orElseThrow().status()).isEqualTo(ProgrammeStatus.OPEN);

		mvc.perform(post("/admin/programmes/" + code + "/status").param("target", "SUSPENDED")
			.param("confirmed", "true")
			.param("reason", "협약 갱신 기간")
			.with(csrf())
			.with(as("admin"))).andExpect(flash().attribute("notice", "programme.admin.status.SUSPENDED"));

		assertThat(catalogue.find(new ProgrammeCode(code)).orElseThrow().status())
			.isEqualTo(ProgrammeStatus.SUSPENDED);
		assertThat(jdbc.sql("select details ->> 'reason' from audit_entry where subject = :subject "
				+ "and action = 'programme.status-changed' order by sequence_number desc limit 1")
			.param("subject", "programme:" + code)
			.query(String.class)
			.single()).isEqualTo("협약 갱신 기간");
		mvc.perform(get("/admin/programmes/" + code + "/status").param("target", "DRAFT").with(as("admin")))
			.andExpect(redirectedUrl("/admin/programmes/" + code))
			.andExpect(flash().attribute("problem", "programme.rule.transition.SUSPENDED.DRAFT"));
	}

	@Test
	void aCapacityChangeShowsTheFiguresBeforeAndAfterAndRecordsOnlyOnceConfirmed() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));
		ProgrammeCode programme = new ProgrammeCode(code);
		ledger.reserve(programme, new ApplicationId(8_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000)),
				Won.of(5_000_000_000L));

		Document preview = Jsoup.parse(mvc.perform(post("/admin/programmes/" + code + "/capacity").param("kind", "DECREASE")
			.param("amount", "3,000,000,000")
			.param("reason", "출연 일부 회수")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(preview.select("tr.confirm-capacity td").eachText()).containsExactly("200억 원", "170억 원");
		assertThat(preview.select("tr.confirm-committed td").eachText()).containsExactly("50억 원", "50억 원");
		assertThat(preview.select("tr.confirm-remaining td").eachText()).containsExactly("150억 원", "120억 원");
		assertThat(preview.select("textarea[name=reason]").text()).isEqualTo("출연 일부 회수");
		assertThat(ledger.entries(programme)).hasSize(1);
		assertThat(ledger.position(programme).capacity()).isEqualTo(Won.of(20_000_000_000L));

		mvc.perform(post("/admin/programmes/" + code + "/capacity").param("kind", "DECREASE")
			.param("amount", "3000000000")
			.param("reason", "출연 일부 회수")
			.param("confirmed", "true")
			.with(csrf())
			.with(as("admin"))).andExpect(flash().attribute("notice", "capacity.admin.changed"));

		assertThat(ledger.position(programme).capacity()).isEqualTo(Won.of(17_000_000_000L));
		assertThat(ledger.entries(programme)).extracting(entry -> entry.reason()).containsExactly("", "출연 일부 회수");
	}

	@Test
	void capacityChangesGoThroughTheLedgerAndNeverBelowWhatIsCommitted() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code).with(as("admin")));
		ProgrammeCode programme = new ProgrammeCode(code);
		ledger.reserve(programme, new ApplicationId(8_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000)),
				Won.of(15_000_000_000L));

		mvc.perform(post("/admin/programmes/" + code + "/capacity").param("kind", "INCREASE")
			.param("amount", "5,000,000,000")
			.param("reason", "기아 추가 출연")
			.param("confirmed", "true")
			.with(csrf())
			.with(as("admin"))).andExpect(flash().attribute("notice", "capacity.admin.changed"));
		mvc.perform(post("/admin/programmes/" + code + "/capacity").param("kind", "DECREASE")
			.param("amount", "12,000,000,000")
			.param("reason", "출연 조정")
			.with(csrf())
			.with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("공급 한도는 이미 승인된 150억 원보다 작아질 수 없습니다. 최대 100억 원까지 감액할 수 있습니다.")));
		mvc.perform(post("/admin/programmes/" + code + "/capacity").param("kind", "DECREASE")
			.param("amount", "")
			.param("reason", "")
			.with(csrf())
			.with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("금액을 원 단위로 입력해 주세요."),
					containsString("변경 사유를 입력하세요."))));

		assertThat(ledger.position(programme).capacity()).isEqualTo(Won.of(25_000_000_000L));
		mvc.perform(get("/admin/programmes/" + code).with(as("admin")))
			.andExpect(content().string(allOf(containsString("기아 추가 출연"), containsString("+ 5,000,000,000원"))));
	}

	@Test
	void aNewProgrammeOffersTheUsualLimitsForReviewers() throws Exception {
		Document page = page(get("/admin/programmes/new"));

		assertThat(page.selectFirst("label[for=guaranteeRatioMin]").text()).isEqualTo("최저 보증비율 (%)");
		assertThat(page.selectFirst("#guaranteeRatioMin").val()).isEqualTo("50");
		assertThat(page.selectFirst("#guaranteeRatioMax").val()).isEqualTo("100");
		assertThat(page.selectFirst("#guaranteeFeeMin").val()).isEqualTo("0.5");
		assertThat(page.selectFirst("#guaranteeFeeMax").val()).isEqualTo("3");
	}

	@Test
	void theLimitsForReviewersAreSavedAndShownToStaff() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code, "guaranteeRatio", "90", "guaranteeRatioMin",
				"80.5", "guaranteeRatioMax", "100", "guaranteeFee", "1", "guaranteeFeeMin", "0.375",
				"guaranteeFeeMax", "1.5")
			.with(as("admin"))).andExpect(redirectedUrl("/admin/programmes/" + code));

		assertThat(catalogue.find(new ProgrammeCode(code)).orElseThrow().terms().limits())
			.isEqualTo(new GuaranteeLimits(Percentage.of("80.5"), Percentage.of("100"), Percentage.of("0.375"),
					Percentage.of("1.5")));
		Document detail = page(get("/admin/programmes/" + code));
		assertThat(detail.select("dl.terms-list").text()).contains("심사 시 보증비율 조정 범위 80.5~100%",
				"심사 시 보증료율 조정 범위 연 0.375~1.5%");
		Document english = page(get("/admin/programmes/" + code).param("lang", "en"));
		assertThat(english.select("dl.terms-list").text()).contains("Ratio reviewers may set 80.5–100%",
				"Fee rate reviewers may set 0.375–1.5% a year");
		Document edit = page(get("/admin/programmes/" + code + "/edit"));
		assertThat(edit.selectFirst("#guaranteeRatioMin").val()).isEqualTo("80.5");
		assertThat(edit.selectFirst("#guaranteeRatioMax").val()).isEqualTo("100");
		assertThat(edit.selectFirst("#guaranteeFeeMin").val()).isEqualTo("0.375");
		assertThat(edit.selectFirst("#guaranteeFeeMax").val()).isEqualTo("1.5");
	}

	@Test
	void limitsThatLeaveOutTheDefaultsOrRunBackwardsAreExplainedNextToTheirFields() throws Exception {
		String code = uniqueCode();
		Document refused = page(validProgramme(post("/admin/programmes"), code, "guaranteeRatio", "100",
				"guaranteeRatioMin", "50", "guaranteeRatioMax", "90", "guaranteeFee", "1", "guaranteeFeeMin", "2",
				"guaranteeFeeMax", "1.5"));

		assertThat(refused.selectFirst("#guaranteeRatio-error").text())
			.isEqualTo("기본 보증비율은 심사역 조정 범위(50%~90%) 안에 있어야 합니다.");
		assertThat(refused.selectFirst("#guaranteeFeeMin-error").text())
			.isEqualTo("최저 보증료율은 최고 보증료율보다 클 수 없습니다.");
		assertThat(refused.selectFirst("#guaranteeRatioMax").val()).isEqualTo("90");
		assertThat(refused.select("#guaranteeRatioMin-error, #guaranteeRatioMax-error, #guaranteeFee-error")).isEmpty();
		assertThat(catalogue.find(new ProgrammeCode(code))).isEmpty();

		Document english = page(validProgramme(post("/admin/programmes"), code, "lang", "en", "guaranteeRatioMin",
				"95", "guaranteeRatioMax", "90", "guaranteeFee", "4"));
		assertThat(english.selectFirst("#guaranteeRatioMin-error").text())
			.isEqualTo("The lowest ratio cannot be above the highest.");
		assertThat(english.selectFirst("#guaranteeFee-error").text())
			.isEqualTo("The fee rate must lie within the limits for reviewers, 0.5% to 3%.");
		assertThat(catalogue.find(new ProgrammeCode(code))).isEmpty();
	}

	@Test
	void anEditThatBreaksTheLimitsChangesNothing() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code, "guaranteeRatioMin", "85", "guaranteeFeeMax",
				"1.5").with(as("admin")));
		ProgrammeSummary before = catalogue.find(new ProgrammeCode(code)).orElseThrow();

		Document refused = page(validProgramme(post("/admin/programmes/" + code), code, "nameEn", "Renamed",
				"guaranteeRatioMin", "0", "guaranteeFeeMax", "abc", "version", Long.toString(before.version())));

		assertThat(refused.selectFirst("#guaranteeRatioMin-error").text()).isEqualTo("0보다 큰 금액을 입력하세요.");
		assertThat(refused.selectFirst("#guaranteeFeeMax-error").text())
			.isEqualTo("0부터 100까지의 숫자를 소수점 셋째 자리까지 입력하세요.");
		ProgrammeSummary after = catalogue.find(new ProgrammeCode(code)).orElseThrow();
		assertThat(after.name().english()).isEqualTo("Test win-win programme");
		assertThat(after.terms().limits()).isEqualTo(before.terms().limits());
		assertThat(after.version()).isEqualTo(before.version());
	}

	@Test
	void editingAProgrammeKeepsItsLimits() throws Exception {
		String code = uniqueCode();
		mvc.perform(validProgramme(post("/admin/programmes"), code, "guaranteeRatioMin", "85", "guaranteeFeeMax",
				"1.5").with(as("admin")));
		GuaranteeLimits seededLike = new GuaranteeLimits(Percentage.of("85"), Percentage.of("100"),
				Percentage.of("0.5"), Percentage.of("1.5"));
		assertThat(catalogue.find(new ProgrammeCode(code)).orElseThrow().terms().limits()).isEqualTo(seededLike);

		Document edit = page(get("/admin/programmes/" + code + "/edit"));
		mvc.perform(submitted(edit, "nameEn", "Renamed in English").with(as("admin")))
			.andExpect(redirectedUrl("/admin/programmes/" + code));

		ProgrammeSummary edited = catalogue.find(new ProgrammeCode(code)).orElseThrow();
		assertThat(edited.name().english()).isEqualTo("Renamed in English");
		assertThat(edited.terms().limits()).isEqualTo(seededLike);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ministry", "kodit.reviewer", "kodit.approver", "ksure.reviewer", "woori.officer",
			"ibk.officer", "sme.demo" })
	void everyOtherRoleIsRefused(String username) throws Exception {
		mvc.perform(get("/admin/programmes").with(as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/programmes/new").with(as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/programmes/HMG-KB-WOORI").with(as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/programmes/HMG-KB-WOORI/edit").with(as(username))).andExpect(status().isForbidden());
		mvc.perform(validProgramme(post("/admin/programmes"), uniqueCode()).with(as(username)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/programmes/HMG-KB-WOORI/status").param("target", "SUSPENDED")
			.with(csrf())
			.with(as(username))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/programmes/HMG-KB-WOORI/capacity").param("kind", "DECREASE")
			.param("amount", "1")
			.param("reason", "x")
			.with(csrf())
			.with(as(username))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/programmes/HMG-KB-WOORI/delete").with(csrf()).with(as(username)))
			.andExpect(status().isForbidden());
		assertThat(catalogue.find(new ProgrammeCode("HMG-KB-WOORI")).orElseThrow().status())
			.isEqualTo(ProgrammeStatus.OPEN);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/admin/programmes")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anUnknownProgrammeIsNotFound() throws Exception {
		mvc.perform(get("/admin/programmes/NO-SUCH-CODE").with(as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/programmes/%3Cscript%3E").with(as("admin"))).andExpect(status().is4xxClientError());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * The programme form on {@code page} as a browser would send it, with {@code overrides} typed over it.
	 */
	private static MockHttpServletRequestBuilder submitted(Document page, String... overrides) {
		FormElement form = (FormElement) page.selectFirst("form:has(input[name=version])");
		Map<String, List<String>> fields = new LinkedHashMap<>();
		form.formData()
			.stream()
			.filter(field -> !field.key().equals("_csrf"))
			.forEach(field -> fields.computeIfAbsent(field.key(), key -> new ArrayList<>()).add(field.value()));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], List.of(overrides[i + 1]));
		}
		MockHttpServletRequestBuilder request = post(form.attr("action")).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	private org.springframework.test.web.servlet.ResultActions changeStatus(String code, String target)
			throws Exception {
		return mvc.perform(post("/admin/programmes/" + code + "/status").param("target", target)
			.param("reason", "운영위원회 결정")
			.param("confirmed", "true")
			.with(csrf())
			.with(as("admin")));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private static String uniqueCode() {
		return "TEST-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
	}

	/**
	 * A complete, valid programme form; {@code overrides} are name/value pairs that replace its fields.
	 */
	private static MockHttpServletRequestBuilder validProgramme(MockHttpServletRequestBuilder request, String code,
			String... overrides) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("code", new String[] { code });
		fields.put("nameKo", new String[] { "시험 상생 프로그램" });
		fields.put("nameEn", new String[] { "Test win-win programme" });
		fields.put("descriptionKo", new String[] { "설명" });
		fields.put("descriptionEn", new String[] { "Description" });
		fields.put("agencyCodes", new String[] { "KODIT", "KIBO" });
		fields.put("leadAgency", new String[] { "KIBO" });
		fields.put("bankCodes", new String[] { "WOORI", "KB" });
		fields.put("funderCodes", new String[] { "HYUNDAI", "KIA" });
		fields.put("contributions[HYUNDAI]", new String[] { "10,000,000,000" });
		fields.put("contributions[KIA]", new String[] { "" });
		fields.put("capacity", new String[] { "20,000,000,000" });
		fields.put("minLoan", new String[] { "10,000,000" });
		fields.put("maxLoan", new String[] { "1,000,000,000" });
		fields.put("maxLoanLowerTier", new String[] { "500,000,000" });
		fields.put("maxTermMonths", new String[] { "36" });
		fields.put("guaranteeRatio", new String[] { "100" });
		fields.put("guaranteeFee", new String[] { "1.0" });
		fields.put("guaranteeRatioMin", new String[] { "50" });
		fields.put("guaranteeRatioMax", new String[] { "100" });
		fields.put("guaranteeFeeMin", new String[] { "0.5" });
		fields.put("guaranteeFeeMax", new String[] { "3" });
		fields.put("feeSubsidy", new String[] { "50" });
		fields.put("ratePreference", new String[] { "1.5" });
		fields.put("fourEyesThreshold", new String[] { "500,000,000" });
		fields.put("opensAt", new String[] { "2026-03-02T09:00" });
		fields.put("closesAt", new String[] { "2027-12-31T18:00" });
		fields.put("partnerListRequired", new String[] { "true" });
		fields.put("industries", new String[] { "C", "G" });
		fields.put("version", new String[] { "0" });
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], new String[] { overrides[i + 1] });
		}
		MockHttpServletRequestBuilder filled = request.with(csrf());
		fields.forEach(filled::param);
		return filled;
	}

}
