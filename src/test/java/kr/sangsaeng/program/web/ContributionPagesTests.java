package kr.sangsaeng.program.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.BenefitPot;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.CapacityUnit;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.Pots;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class ContributionPagesTests {

	private static final String REASON_MISSING = "변경 사유를 입력하세요.";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	Contributions contributions;

	@Autowired
	Pots pots;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorRecordsASpecialContributionAndSeesTheCapacityFollow() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode kibo = new AgreementCode(programme.value() + "-KIBO");
		mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-source").param("agreement", kibo.value())
			.param("reason", "협약서가 특별출연의 12.5배를 정함")
			.with(csrf())
			.with(as("admin"))).andExpect(redirectedUrl("/admin/programmes/" + programme.value()));

		mvc.perform(contribution(programme, "agreement", kibo.value(), "contributedAmount", "8억"))
			.andExpect(redirectedUrl("/admin/programmes/" + programme.value()))
			.andExpect(flash().attribute("notice", "contribution.admin.recordedCapacityFollowed"));

		assertThat(ledger.position(kibo).capacity()).isEqualTo(Won.of(10_000_000_000L));
		Document page = Jsoup.parse(mvc.perform(get("/admin/programmes/" + programme.value()).with(as("admin")))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".funding-table tr[data-agreement=" + kibo.value() + "] .capacity-source").text())
			.isEqualTo("특별출연에 따름");
		assertThat(page.select(".contribution-ledger tbody tr").text()).contains("현대자동차", "보증기관 특별출연",
				"8억 원", "× 12.5 = 100억 원");
		assertThat(page.select(".agreement-table tr[data-agreement=" + kibo.value() + "] .agreement-capacity").text())
			.isEqualTo("100억 원");
		mvc.perform(get("/api/v1/programmes")).andExpect(status().isOk());
	}

	@Test
	void theProgrammesApiSaysWhatEachAgreementWasContributedAndTheTotalsStayTheSums() throws Exception {
		mvc.perform(get("/api/v1/programmes"))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].agreements[?(@.agency == 'KODIT')].contributedWon")
				.value(97_000_000_000L))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].agreements[?(@.agency == 'KIBO')].contributedWon")
				.value(24_000_000_000L))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].agreements[?(@.agency == 'KSURE')].contributedWon")
				.value(14_500_000_000L))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].capacityWon").value(1_300_000_000_000L));
	}

	@Test
	void eachFieldIsCheckedAndTheMessageStandsNextToItInKoreanAndNothingIsRecorded() throws Exception {
		ProgrammeCode programme = newProgramme();
		String kodit = programme.value() + "-KODIT";

		Document page = Jsoup.parse(mvc.perform(contribution(programme, "agreement", kodit, "funder", "POSCO",
				"contributedAmount", "0", "receivedOn", "2026-13-40", "multiple", "0"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#funder-error").text()).isEqualTo("선택한 협약의 출연기관이 아닙니다.");
		assertThat(page.select("#contributedAmount-error").text()).isNotBlank();
		assertThat(page.select("#receivedOn-error").text()).isEqualTo("받은 날을 YYYY-MM-DD 형식으로 입력하세요.");
		assertThat(page.select("#multiple-error").text()).startsWith("배수는 0보다 크고 100 이하");
		assertThat(contributions.of(programme)).isEmpty();
	}

	@Test
	void theMessagesFollowTheReadersLanguage() throws Exception {
		ProgrammeCode programme = newProgramme();
		Document page = Jsoup.parse(mvc.perform(contribution(programme, "lang", "en", "agreement", "",
				"contributionKind", "SPECIAL", "multiple", "abc", "receivedOn", "2999-01-01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#contribution-agreement-error").text())
			.isEqualTo("Choose the agreement whose capacity changes.");
		assertThat(page.select("#multiple-error").text()).startsWith("Enter a multiple above 0 and at most 100");
		assertThat(contributions.of(programme)).isEmpty();
	}

	@Test
	void aDateInTheFutureIsRefusedNextToTheDate() throws Exception {
		ProgrammeCode programme = newProgramme();
		Document page = Jsoup.parse(mvc.perform(contribution(programme, "agreement", programme.value() + "-KODIT",
				"receivedOn", "2999-01-01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(page.select("#receivedOn-error").text()).isEqualTo("받은 날은 미래일 수 없습니다.");
		assertThat(contributions.of(programme)).isEmpty();
	}

	@Test
	void anAdministratorChangesAnAgreementsCapacityUnitOnlyWhileNothingIsReservedUnderIt() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		Document page = Jsoup.parse(mvc.perform(get("/admin/programmes/" + programme.value()).with(as("admin")))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("form.capacity-unit-form input[name=unit][checked]").val()).isEqualTo("LOAN");

		mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-unit").param("agreement", kodit.value())
			.param("unit", "GUARANTEE")
			.param("reason", "협약서가 보증 금액 기준으로 한도를 정함")
			.with(csrf())
			.with(as("admin")))
			.andExpect(redirectedUrl("/admin/programmes/" + programme.value()))
			.andExpect(flash().attribute("notice", "capacity.unit.changed"));

		assertThat(unitOf(programme, kodit)).isEqualTo(CapacityUnit.GUARANTEE);
		assertThat(jdbc.sql("select details ->> 'to' from audit_entry where action = 'capacity.unit-changed' "
				+ "and subject = :subject")
			.param("subject", "programme:" + programme.value())
			.query(String.class)
			.list()).containsExactly("GUARANTEE");

		ApplicationId reserved = nextApplication();
		ledger.reserve(kodit, reserved, Won.of(300_000_000));
		page = Jsoup.parse(mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-unit")
			.param("agreement", kodit.value())
			.param("unit", "LOAN")
			.param("reason", "다시 대출 기준으로")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("form.capacity-unit-form .invalid-feedback").text())
			.contains("예약된 보증이 있어 한도 기준을 바꿀 수 없습니다");
		assertThat(unitOf(programme, kodit)).isEqualTo(CapacityUnit.GUARANTEE);

		ledger.release(programme, reserved);
		mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-unit").param("agreement", kodit.value())
			.param("unit", "LOAN")
			.param("reason", "다시 대출 기준으로")
			.with(csrf())
			.with(as("admin"))).andExpect(redirectedUrl("/admin/programmes/" + programme.value()));
		assertThat(unitOf(programme, kodit)).isEqualTo(CapacityUnit.LOAN);
	}

	@Test
	void aCapacityUnitChangeNamesWhatIsMissingNextToItsFields() throws Exception {
		ProgrammeCode programme = newProgramme();

		Document page = Jsoup.parse(mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-unit")
			.param("agreement", "NOT-AN-AGREEMENT")
			.param("unit", "HECTARES")
			.param("reason", " ")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#unit-agreement-error").text()).isEqualTo("한도 기준을 바꿀 협약을 선택하세요.");
		assertThat(page.select("form.capacity-unit-form .invalid-feedback").text())
			.contains("대출 금액 기준 또는 보증 금액 기준을 선택하세요.");
		assertThat(page.select("#unit-reason-error").text()).isEqualTo(REASON_MISSING);
	}

	private CapacityUnit unitOf(ProgrammeCode programme, AgreementCode agreement) {
		return catalogue.find(programme)
			.orElseThrow()
			.agreementNamed(agreement.value())
			.orElseThrow()
			.funding()
			.unit();
	}

	@Test
	void aCapacityBelowWhatIsCommittedCannotBeMadeToFollowContributions() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		Document page = Jsoup.parse(mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-source")
			.param("agreement", kodit.value())
			.param("reason", "")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#source-reason-error").text()).isEqualTo(REASON_MISSING);

		ledger.reserve(kodit, nextApplication(), Won.of(300_000_000));
		page = Jsoup.parse(mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-source")
			.param("agreement", kodit.value())
			.param("reason", "출연 기준으로")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#source-reason-error").text()).contains("3억 원");
		assertThat(ledger.position(kodit).capacity()).isEqualTo(Won.of(1_000_000_000));
	}

	@Test
	void aPotThatHasRunOutIsSaidOnTheProgrammePageAndTheApplicationFormsTerms() throws Exception {
		ProgrammeCode programme = newProgramme();
		administration.moveTo(programme, ProgrammeStatus.OPEN, "admin");
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		contributions.record(kodit, "HYUNDAI", ContributionKind.FEE_SUPPORT, Won.of(100_000), LocalDate.of(2026, 3, 2),
				null, "admin");
		String before = mvc.perform(get("/programmes/" + programme.value()).param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(before).select(".benefit-run-out")).isEmpty();

		pots.draw(kodit, nextApplication(), Map.of(BenefitPot.FEE_SUPPORT, Won.of(100_000)));

		Document page = Jsoup.parse(mvc.perform(get("/programmes/" + programme.value()).param("lang", "en"))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".benefit-run-out").text()).contains("Benefit no longer available",
				"the funders' fee-support fund has run out: new guarantees pay the whole guarantee fee.");
		Document admin = Jsoup.parse(mvc.perform(get("/admin/programmes/" + programme.value()).with(as("admin")))
			.andReturn().getResponse().getContentAsString());
		assertThat(admin.select(".funding-table tr[data-agreement=" + kodit.value() + "] .pot-fee-support").text())
			.isEqualTo("0원 소진: 지원이 중단되었습니다");
		assertThat(admin.select(".funding-table tr[data-agreement=" + programme.value() + "-KIBO] .pot-fee-support")
			.text()).isEqualTo("출연 없음");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sme.demo", "kodit.reviewer", "kodit.approver", "woori.officer", "ministry" })
	void onlyTheProgrammeAdministratorRecordsContributions(String username) throws Exception {
		ProgrammeCode programme = newProgramme();
		mvc.perform(contribution(programme, "agreement", programme.value() + "-KODIT").with(as(username)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/programmes/" + programme.value() + "/capacity-source")
			.param("agreement", programme.value() + "-KODIT")
			.param("reason", "x")
			.with(csrf())
			.with(as(username))).andExpect(status().isForbidden());
		assertThat(contributions.of(programme)).isEmpty();
	}

	@Test
	void anUnknownProgrammeIsNotFound() throws Exception {
		mvc.perform(contribution(new ProgrammeCode("NO-SUCH-CODE"))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder contribution(ProgrammeCode programme, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("funder", "HYUNDAI");
		fields.put("contributionKind", "SPECIAL");
		fields.put("contributedAmount", "1억");
		fields.put("receivedOn", "2026-03-02");
		fields.put("multiple", "12.5");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/programmes/" + programme.value() + "/contributions")
			.with(csrf())
			.with(as("admin"));
		fields.forEach(request::param);
		return request;
	}

	private ProgrammeCode newProgramme() {
		ProgrammeCode code = TestProgrammes.uniqueCode("CONTRIB");
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(100_000_000), Won.of(1_000_000_000));
		administration.create(code, new ProgrammeDraft(draft.name(), draft.description(), List.of("KODIT", "KIBO"),
				draft.bankCodes(), draft.funders(), draft.terms()), Won.of(1_000_000_000), "admin");
		return code;
	}

	private static ApplicationId nextApplication() {
		return new ApplicationId(8_000_000_000L + System.nanoTime() % 1_000_000_000L);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
