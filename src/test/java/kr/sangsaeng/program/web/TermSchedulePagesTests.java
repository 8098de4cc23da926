package kr.sangsaeng.program.web;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.TermYear;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class TermSchedulePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void existingAgreementsKeepTheirProgrammesFlatTermsAndTheHmgAgreementsHaveAnIllustrativeYearlySchedule() {
		ProgrammeSummary posco = catalogue.find(new ProgrammeCode("POSCOINTL-KODIT")).orElseThrow();
		Agreement lead = posco.leadAgreement().orElseThrow();
		assertThat(lead.termYears()).containsExactly(new TermYear(1, null, lead.guaranteeRatio(),
				posco.terms().guaranteeFee(), posco.terms().feeSubsidy(), posco.terms().ratePreferencePoints(), null,
				null, false));

		ProgrammeSummary hmg = catalogue.find(new ProgrammeCode("HMG-KB-WOORI")).orElseThrow();
		assertThat(hmg.agreements()).hasSize(3).allSatisfy(agreement -> {
			assertThat(agreement.schedule(hmg.terms()).isIllustrative()).isTrue();
			assertThat(agreement.termYears()).extracting(TermYear::fromYear, TermYear::toYear)
				.containsExactly(tuple(1, 1), tuple(2, 3),
						tuple(4, null));
			assertThat(agreement.termYears().get(0).fundersShare()).isEqualTo(Percentage.of("100"));
		});
	}

	@Test
	void anAdministratorSetsAnAgreementsYearlyTermsAndTheChangeIsAudited() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode kibo = new AgreementCode(programme.value() + "-KIBO");

		mvc.perform(schedule(programme, kibo,
				row(0, "1", "1", "100", "1", "100", "1.5", "3000000", ""),
				row(1, "2", "", "90", "0.8", "25", "1", "", "1,000,000")).with(as("admin")))
			.andExpect(redirectedUrl("/admin/programmes/" + programme.value()))
			.andExpect(flash().attribute("notice", "termSchedule.admin.saved"));

		Agreement agreement = catalogue.find(programme).orElseThrow().agreement(kibo).orElseThrow();
		assertThat(agreement.termYears()).containsExactly(
				new TermYear(1, 1, Percentage.of("100"), Percentage.of("1"), Percentage.of("100"),
						new BigDecimal("1.500"), Won.of(3_000_000), null, false),
				new TermYear(2, null, Percentage.of("90"), Percentage.of("0.8"), Percentage.of("25"),
						new BigDecimal("1.000"), null, Won.of(1_000_000), false));
		assertThat(jdbc.sql("select details ->> 'agreement' from audit_entry where subject = :subject "
				+ "and action = 'programme.terms-changed' order by sequence_number desc limit 1")
			.param("subject", "programme:" + programme.value())
			.query(String.class)
			.single()).isEqualTo(kibo.value());
		Document detail = page(get("/admin/programmes/" + programme.value()));
		assertThat(detail.select(".term-schedules [data-agreement=" + kibo.value() + "] li").eachText())
			.containsExactly("1–1년차: 보증비율 100%, 보증료율 1%, 그중 출연기관 부담 100%, 금리우대 1.5%p; "
					+ "연간 한도: 보증료 지원 3,000,000원, 이자 지원 없음",
					"2년차부터: 보증비율 90%, 보증료율 0.8%, 그중 출연기관 부담 25%, 금리우대 1%p; "
							+ "연간 한도: 보증료 지원 없음, 이자 지원 1,000,000원");
	}

	@Test
	void aRowNumberFarBeyondTheFormsRowsIsABadRequestAndChangesNothing() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode kibo = new AgreementCode(programme.value() + "-KIBO");
		List<TermYear> before = catalogue.find(programme).orElseThrow().agreement(kibo).orElseThrow().termYears();

		mvc.perform(post("/admin/programmes/" + programme.value() + "/terms").param("agreement", kibo.value())
			.param("rows[300].fromYear", "1")
			.with(csrf())
			.with(as("admin"))).andExpect(status().isBadRequest());

		assertThat(catalogue.find(programme).orElseThrow().agreement(kibo).orElseThrow().termYears())
			.isEqualTo(before);
	}

	@Test
	void rowsThatLeaveAGapOrBreakABoundAreRefusedNextToTheFieldAndNothingChanges() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode kodit = new AgreementCode(programme.value() + "-KODIT");
		List<TermYear> before = catalogue.find(programme).orElseThrow().agreement(kodit).orElseThrow().termYears();

		Document gap = page(schedule(programme, kodit, row(0, "1", "1", "100", "1", "100", "1.5", "", ""),
				row(1, "3", "", "100", "1", "0", "1.5", "", "")));
		assertThat(gap.getElementById("rows-1.fromYear-error").text())
			.isEqualTo("이 행은 앞 행 바로 다음인 2년차에서 시작해야 합니다.");

		Document bounds = page(schedule(programme, kodit, row(0, "1", "", "120", "1", "50", "x", "-5", ""))
			.param("lang", "en"));
		assertThat(bounds.getElementById("rows-0.guaranteeRatio-error").text())
			.isEqualTo("Enter a percentage from 0 to 100, with at most three decimals.");
		assertThat(bounds.getElementById("rows-0.ratePreferencePoints-error").text())
			.isEqualTo("Enter the preference in points, from 0, with at most three decimals.");
		assertThat(bounds.getElementById("rows-0.feeSupportCap-error").text()).isNotBlank();

		Document open = page(schedule(programme, kodit, row(0, "1", "2", "100", "1", "50", "1", "", "")));
		assertThat(open.getElementById("rows-0.toYear-error").text())
			.isEqualTo("마지막 행의 끝 연차는 비워 두세요. 그 뒤 모든 연차에 적용됩니다.");

		assertThat(catalogue.find(programme).orElseThrow().agreement(kodit).orElseThrow().termYears())
			.isEqualTo(before);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static MockHttpServletRequestBuilder schedule(ProgrammeCode programme, AgreementCode agreement,
			String[]... rows) {
		MockHttpServletRequestBuilder request = post("/admin/programmes/" + programme.value() + "/terms")
			.param("agreement", agreement.value())
			.with(csrf());
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i += 2) {
				request.param(row[i], row[i + 1]);
			}
		}
		return request;
	}

	private static String[] row(int index, String from, String to, String ratio, String fee, String share,
			String points, String feeCap, String interestCap) {
		String prefix = "rows[" + index + "].";
		return new String[] { prefix + "fromYear", from, prefix + "toYear", to, prefix + "guaranteeRatio", ratio,
				prefix + "feeRate", fee, prefix + "fundersShare", share, prefix + "ratePreferencePoints", points,
				prefix + "feeSupportCap", feeCap, prefix + "interestSubsidyCap", interestCap };
	}

	private ProgrammeCode newProgramme() {
		ProgrammeCode code = TestProgrammes.uniqueCode("TERMS");
		ProgrammeDraft draft = TestProgrammes.draft(Won.of(100_000_000), Won.of(1_000_000_000));
		administration.create(code, new ProgrammeDraft(draft.name(), draft.description(), List.of("KODIT", "KIBO"),
				draft.bankCodes(), draft.funders(), draft.terms()), Won.of(1_000_000_000), "admin");
		return code;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
