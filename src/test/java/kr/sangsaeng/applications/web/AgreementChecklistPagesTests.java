package kr.sangsaeng.applications.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.AgreementChecklist;
import kr.sangsaeng.applications.DocumentChecklists;
import kr.sangsaeng.applications.DocumentRequirement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.TestProgrammes;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator sets the documents each agreement asks for, one row per kind of document, from the programme's
 * page.
 */
@SangsaengTest
class AgreementChecklistPagesTests {

	/** The kinds of documents in the order the form lists them. */
	static final List<String> TYPES = List.of("BUSINESS_REGISTRATION", "VAT_TAX_BASE", "NATIONAL_TAX_PAID",
			"LOCAL_TAX_PAID", "FINANCIAL_STATEMENTS", "CORPORATE_REGISTER", "SHAREHOLDER_REGISTER",
			"RECOMMENDATION_LETTER", "OTHER");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	DocumentChecklists checklists;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProgrammesPageLinksEachAgreementsChecklistWhichShowsTheStandardListAsIllustrative() throws Exception {
		ProgrammeCode programme = newProgramme();
		String path = path(programme);

		Document detail = page(get("/admin/programmes/" + programme.value()));
		assertThat(detail.select(".document-checklists a").eachAttr("href")).containsExactly(path);

		Document form = page(get(path));
		assertThat(form.select("h1").text()).contains("제출 서류");
		assertThat(form.select(".checklist-illustrative")).hasSize(1);
		assertThat(form.select(".checklist-row").eachAttr("data-document-type")).containsExactlyElementsOf(TYPES);
		assertThat(form.select("input[name$='.asked'][checked]")).hasSize(TYPES.size());
		assertThat(form.select("input[name$='.required'][checked]").eachAttr("name")).containsExactly("rows[0].required",
				"rows[2].required", "rows[3].required", "rows[4].required");
		assertThat(form.getElementById("row-2-age").val()).isEqualTo("30");
		assertThat(form.getElementById("row-0-age").val()).isEmpty();
		assertThat(form.getElementById("row-7-age")).as("the recommendation letter has no age").isNull();
		assertThat(form.getElementById("row-8-required")).as("other documents are never required").isNull();
		assertThat(page(get(path).param("lang", "en")).select(".checklist-illustrative").text())
			.contains("standard list");
	}

	@Test
	void savingReplacesTheAgreementsListIsAuditedAndTheListIsNoLongerIllustrative() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode agreement = kodit(programme);
		Map<String, String[]> rows = standardRows();
		rows.put("NATIONAL_TAX_PAID", row(true, true, "14"));
		rows.put("VAT_TAX_BASE", row(false, false, ""));
		rows.put("SHAREHOLDER_REGISTER", row(true, true, ""));

		mvc.perform(save(programme, rows).with(as("admin")))
			.andExpect(redirectedUrl("/admin/programmes/" + programme.value()))
			.andExpect(flash().attribute("notice", "checklist.admin.saved"));

		AgreementChecklist saved = checklists.of(agreement);
		assertThat(saved.illustrative()).isFalse();
		assertThat(saved.requirements()).containsExactly(new DocumentRequirement("BUSINESS_REGISTRATION", true, null),
				new DocumentRequirement("NATIONAL_TAX_PAID", true, 14), new DocumentRequirement("LOCAL_TAX_PAID", true, 30),
				new DocumentRequirement("FINANCIAL_STATEMENTS", true, null),
				new DocumentRequirement("CORPORATE_REGISTER", false, 90),
				new DocumentRequirement("SHAREHOLDER_REGISTER", true, null),
				new DocumentRequirement("RECOMMENDATION_LETTER", false, null),
				new DocumentRequirement("OTHER", false, null));
		Map<String, Object> audit = jdbc.sql("select username, details ->> 'agreement' as agreement, "
				+ "details -> 'documentChecklist' ->> 'before' as before, details -> 'documentChecklist' ->> 'after' as after "
				+ "from audit_entry where subject = :subject and action = 'programme.documents-changed' "
				+ "order by sequence_number desc limit 1")
			.param("subject", "programme:" + programme.value())
			.query()
			.singleRow();
		assertThat(audit).containsEntry("username", "admin").containsEntry("agreement", agreement.value());
		assertThat((String) audit.get("before")).contains("NATIONAL_TAX_PAID: required, issued within 30 days",
				"VAT_TAX_BASE: optional, issued within 90 days");
		assertThat((String) audit.get("after")).contains("NATIONAL_TAX_PAID: required, issued within 14 days",
				"SHAREHOLDER_REGISTER: required, any age").doesNotContain("VAT_TAX_BASE");

		Document form = page(get(path(programme)));
		assertThat(form.select(".checklist-illustrative")).isEmpty();
		assertThat(form.getElementById("row-2-age").val()).isEqualTo("14");
		assertThat(form.getElementById("row-1-asked").hasAttr("checked")).isFalse();
	}

	@Test
	void eachRuleIsShownNextToItsFieldInKoreanAndEnglishAndNothingChanges() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementCode agreement = kodit(programme);
		AgreementChecklist before = checklists.of(agreement);

		assertError(programme, "NATIONAL_TAX_PAID", row(true, true, "0"), "row-2-age-error",
				"1일부터 3650일까지의 일수를 입력하거나, 제한이 없으면 비워 두세요.");
		assertError(programme, "NATIONAL_TAX_PAID", row(true, true, "3651"), "row-2-age-error",
				"1일부터 3650일까지의 일수를 입력하거나, 제한이 없으면 비워 두세요.");
		assertError(programme, "NATIONAL_TAX_PAID", row(true, true, "한 달"), "row-2-age-error",
				"1일부터 3650일까지의 일수를 입력하거나, 제한이 없으면 비워 두세요.");
		assertError(programme, "OTHER", row(true, true, ""), "row-8-required-error", "기타 서류는 필수로 정할 수 없습니다.");
		assertError(programme, "RECOMMENDATION_LETTER", row(true, false, "30"), "row-7-age-error",
				"추천서는 추천 기업이 보내는 서류라 발급일 제한을 둘 수 없습니다.");
		assertError(programme, "SHAREHOLDER_REGISTER", row(true, false, "30"), "row-6-age-error",
				"발급일이 있는 공문서만 발급 후 기간을 제한할 수 있습니다.");
		assertError(programme, "CORPORATE_REGISTER", row(false, true, ""), "row-5-required-error",
				"이 서류의 조건을 정하려면 먼저 \"요구\"를 선택하세요.");

		Map<String, String[]> english = standardRows();
		english.put("NATIONAL_TAX_PAID", row(true, true, "0"));
		Document page = page(save(programme, english).param("lang", "en"));
		assertThat(page.getElementById("row-2-age-error").text())
			.isEqualTo("Enter a whole number of days from 1 to 3650, or leave it empty for any age.");
		assertThat(page.getElementById("row-2-age").val()).as("what was typed stays").isEqualTo("0");
		english = standardRows();
		english.put("OTHER", row(true, true, ""));
		assertThat(page(save(programme, english).param("lang", "en")).getElementById("row-8-required-error").text())
			.isEqualTo("Other documents can never be required.");

		MockHttpServletRequestBuilder partial = post(path(programme)).param("rows[0].documentType", "BUSINESS_REGISTRATION")
			.param("rows[0].asked", "true")
			.with(csrf());
		assertThat(page(partial).select(".alert-danger").text())
			.contains("편집하는 동안 서류 종류가 바뀌었습니다");
		MockHttpServletRequestBuilder garbled = save(programme, standardRows()).param("rows[1].required", "maybe");
		assertThat(page(garbled).select(".alert-danger").text()).contains("편집하는 동안 서류 종류가 바뀌었습니다");

		assertThat(checklists.of(agreement)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :subject "
				+ "and action = 'programme.documents-changed'")
			.param("subject", "programme:" + programme.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyTheAdministratorMaySeeOrChangeAChecklist() throws Exception {
		ProgrammeCode programme = newProgramme();
		AgreementChecklist before = checklists.of(kodit(programme));
		Map<String, String[]> rows = standardRows();
		rows.put("NATIONAL_TAX_PAID", row(true, true, "7"));

		for (String staff : List.of("kodit.reviewer", "kodit.approver", "woori.officer", "ministry", "hyundai.funder")) {
			mvc.perform(get(path(programme)).with(as(staff))).andExpect(status().isForbidden());
			mvc.perform(save(programme, rows).with(as(staff))).andExpect(status().isForbidden());
		}
		mvc.perform(get(path(programme))).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/programmes/" + programme.value() + "/agreements/" + programme.value() + "-KIBO/documents")
			.with(as("admin"))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/programmes/POSCOINTL-KODIT/agreements/" + kodit(programme).value() + "/documents")
			.with(as("admin"))).andExpect(status().isNotFound());
		assertThat(checklists.of(kodit(programme))).isEqualTo(before);
	}

	private void assertError(ProgrammeCode programme, String type, String[] typed, String errorId, String message)
			throws Exception {
		Map<String, String[]> rows = standardRows();
		rows.put(type, typed);
		Document page = page(save(programme, rows));
		assertThat(page.getElementById(errorId)).as(errorId).isNotNull();
		assertThat(page.getElementById(errorId).text()).isEqualTo(message);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static MockHttpServletRequestBuilder save(ProgrammeCode programme, Map<String, String[]> rows) {
		MockHttpServletRequestBuilder request = post(path(programme)).with(csrf());
		int i = 0;
		for (Map.Entry<String, String[]> row : rows.entrySet()) {
			String prefix = "rows[" + i++ + "].";
			request.param(prefix + "documentType", row.getKey());
			if ("true".equals(row.getValue()[0])) {
				request.param(prefix + "asked", "true");
			}
			if ("true".equals(row.getValue()[1])) {
				request.param(prefix + "required", "true");
			}
			request.param(prefix + "maxAgeDays", row.getValue()[2]);
		}
		return request;
	}

	/** The standard list, as the form shows it. */
	private static Map<String, String[]> standardRows() {
		Map<String, String[]> rows = new LinkedHashMap<>();
		rows.put("BUSINESS_REGISTRATION", row(true, true, ""));
		rows.put("VAT_TAX_BASE", row(true, false, "90"));
		rows.put("NATIONAL_TAX_PAID", row(true, true, "30"));
		rows.put("LOCAL_TAX_PAID", row(true, true, "30"));
		rows.put("FINANCIAL_STATEMENTS", row(true, true, ""));
		rows.put("CORPORATE_REGISTER", row(true, false, "90"));
		rows.put("SHAREHOLDER_REGISTER", row(true, false, ""));
		rows.put("RECOMMENDATION_LETTER", row(true, false, ""));
		rows.put("OTHER", row(true, false, ""));
		return rows;
	}

	private static String[] row(boolean asked, boolean required, String maxAgeDays) {
		return new String[] { String.valueOf(asked), String.valueOf(required), maxAgeDays };
	}

	private static String path(ProgrammeCode programme) {
		return "/admin/programmes/" + programme.value() + "/agreements/" + kodit(programme).value() + "/documents";
	}

	private static AgreementCode kodit(ProgrammeCode programme) {
		return new AgreementCode(programme.value() + "-KODIT");
	}

	private ProgrammeCode newProgramme() {
		ProgrammeCode code = TestProgrammes.uniqueCode("DOCS");
		administration.create(code, TestProgrammes.draft(Won.of(100_000_000), Won.of(1_000_000_000)),
				Won.of(1_000_000_000), "admin");
		return code;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
