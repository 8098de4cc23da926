package kr.sangsaeng.company;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static kr.sangsaeng.company.TestNumbers.number;
import static kr.sangsaeng.company.TestNumbers.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator keeps POSCO International's partner list by hand. Only numbers starting with 961 are touched.
 */
@SangsaengTest
@RecordApplicationEvents
@WithUserDetails("admin")
class PartnerListPagesTests {

	static final String FUNDER = "POSCOINTL";

	static final String PREFIX = "961";

	static final String LIST = "/admin/partners/" + FUNDER;

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerLists lists;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final BusinessRegistrationNumber listed = number(PREFIX, 1);

	@BeforeEach
	void listsOneCompany() {
		lists.add(FUNDER, listed, "(주)대성정밀", PartnerTier.TIER_2, "setup");
		events.clear();
	}

	@AfterEach
	void removeWhatTheTestListed() {
		jdbc.sql("delete from partner where business_number like ?").param(PREFIX + "%").update();
	}

	@Test
	void theOverviewCountsEachFundersPartners() throws Exception {
		Document page = PartnerPages.page(mvc, "/admin/partners");
		assertThat(page.select("tbody tr")).hasSize(7);
		Element row = page.select("tbody tr").stream()
			.filter(tr -> tr.text().contains(FUNDER))
			.findFirst()
			.orElseThrow();
		assertThat(row.selectFirst("a").text()).isEqualTo("포스코인터내셔널");
		assertThat(row.selectFirst("a").attr("href")).isEqualTo(LIST);
		assertThat(row.select("td").get(1).text().replace(",", "")).isEqualTo(Long.toString(lists.count(FUNDER)));
	}

	@Test
	void addingAPartnerPutsItOnTheListAndSaysSo() throws Exception {
		BusinessRegistrationNumber added = number(PREFIX, 2);
		MvcResult result = mvc.perform(post(LIST + "/new").with(csrf())
			.param("businessRegistrationNumber", added.formatted())
			.param("companyName", "  한일오토텍(주) ")
			.param("tier", "TIER_1")).andExpect(redirectedUrl(LIST)).andReturn();

		assertThat(PartnerPages.noticeAfter(mvc, result))
			.isEqualTo("한일오토텍(주)(" + added.formatted() + ")을(를) 명단에 추가했습니다.");
		assertThat(registry.tierOf(FUNDER, added)).contains(PartnerTier.TIER_1);
		assertThat(lists.partner(FUNDER, added).companyName()).isEqualTo("한일오토텍(주)");
		assertThat(events.stream(PartnerListChanged.class)).singleElement().satisfies(changed -> {
			assertThat(changed.change()).isEqualTo(PartnerListChanged.Change.ADDED);
			assertThat(changed.partner()).isEqualTo(added);
			assertThat(changed.added()).isEqualTo(1);
			assertThat(changed.changedBy()).isEqualTo("admin");
			assertThat(changed.changedAt()).isNotNull();
		});
	}

	@Test
	void anEmptyFormShowsEachMessageNextToItsFieldInKorean() throws Exception {
		long before = lists.count(FUNDER);
		Document form = submit(post(LIST + "/new").param("businessRegistrationNumber", "")
			.param("companyName", " ")
			.param("tier", ""));

		assertFieldError(form, "businessRegistrationNumber", "number-error", "사업자등록번호를 입력해 주세요.");
		assertFieldError(form, "companyName", "companyName-error", "회사명을 입력해 주세요.");
		assertFieldError(form, "tier", "tier-error", "차수를 선택해 주세요.");
		assertThat(form.selectFirst("#form-errors").text()).isEqualTo("저장하지 않았습니다. 아래 표시된 항목을 고쳐 주세요.");
		assertThat(lists.count(FUNDER)).isEqualTo(before);
		assertThat(events.stream(PartnerListChanged.class)).isEmpty();
	}

	@Test
	void anEnglishReaderGetsTheMessagesInEnglish() throws Exception {
		Document form = submit(post(LIST + "/new").param("lang", "en")
			.param("businessRegistrationNumber", "12345")
			.param("companyName", "")
			.param("tier", "TIER_9"));

		assertFieldError(form, "businessRegistrationNumber", "number-error",
				"Enter the business registration number as 10 digits, for example 123-45-67890.");
		assertFieldError(form, "companyName", "companyName-error", "Enter the company name.");
		assertFieldError(form, "tier", "tier-error", "Choose the tier.");
		assertThat(form.selectFirst("input#businessRegistrationNumber").val()).isEqualTo("12345");
	}

	@Test
	void aNumberWithAWrongCheckDigitIsRefusedAndNothingIsSaved() throws Exception {
		BusinessRegistrationNumber intended = number(PREFIX, 3);
		Document form = submit(post(LIST + "/new").param("businessRegistrationNumber", withWrongCheckDigit(intended))
			.param("companyName", "바른테크")
			.param("tier", "TIER_2"));

		assertFieldError(form, "businessRegistrationNumber", "number-error",
				"유효하지 않은 사업자등록번호입니다 (검증번호 불일치). 입력한 번호를 다시 확인해 주세요.");
		assertThat(form.selectFirst("input#companyName").val()).isEqualTo("바른테크");
		assertThat(form.selectFirst("select#tier option[selected]").val()).isEqualTo("TIER_2");
		assertThat(registry.isPartner(FUNDER, intended)).isFalse();
	}

	@Test
	void aCompanyAlreadyOnTheListCannotBeAddedTwice() throws Exception {
		Document form = submit(post(LIST + "/new").param("businessRegistrationNumber", listed.digits())
			.param("companyName", "다른 이름")
			.param("tier", "TIER_1"));

		assertFieldError(form, "businessRegistrationNumber", "number-error",
				"이미 명단에 있는 기업입니다. 해당 협력사를 수정해 주세요.");
		assertThat(lists.partner(FUNDER, listed).companyName()).isEqualTo("(주)대성정밀");
		assertThat(lists.partner(FUNDER, listed).tier()).isEqualTo(PartnerTier.TIER_2);
	}

	@Test
	void aNameOverTwoHundredCharactersIsRefused() throws Exception {
		BusinessRegistrationNumber intended = number(PREFIX, 4);
		Document form = submit(post(LIST + "/new").param("businessRegistrationNumber", intended.formatted())
			.param("companyName", "가".repeat(201))
			.param("tier", "TIER_3"));

		assertFieldError(form, "companyName", "companyName-error", "회사명은 200자까지 입력할 수 있습니다.");
		assertThat(registry.isPartner(FUNDER, intended)).isFalse();
	}

	@Test
	void editingChangesNameAndTierButNotTheNumber() throws Exception {
		Document form = PartnerPages.page(mvc, LIST + "/" + listed.digits() + "/edit");
		assertThat(form.selectFirst("input#companyName").val()).isEqualTo("(주)대성정밀");
		assertThat(form.select("input#businessRegistrationNumber")).isEmpty();
		assertThat(form.text()).contains(listed.formatted());

		MvcResult result = mvc.perform(post(LIST + "/" + listed.digits() + "/edit").with(csrf())
			.param("companyName", "대성정밀(주)")
			.param("tier", "TIER_1")).andExpect(redirectedUrl(LIST)).andReturn();

		assertThat(PartnerPages.noticeAfter(mvc, result)).isEqualTo("대성정밀(주)(" + listed.formatted() + ")을(를) 저장했습니다.");
		assertThat(lists.partner(FUNDER, listed).companyName()).isEqualTo("대성정밀(주)");
		assertThat(registry.tierOf(FUNDER, listed)).contains(PartnerTier.TIER_1);
		assertThat(lists.partner(FUNDER, listed).updatedBy()).isEqualTo("admin");
		assertThat(events.stream(PartnerListChanged.class)).singleElement()
			.satisfies(changed -> assertThat(changed.change()).isEqualTo(PartnerListChanged.Change.EDITED));
	}

	@Test
	void aRefusedEditChangesNothing() throws Exception {
		Document form = submit(post(LIST + "/" + listed.digits() + "/edit").param("companyName", "")
			.param("tier", "TIER_1"));

		assertFieldError(form, "companyName", "companyName-error", "회사명을 입력해 주세요.");
		assertThat(lists.partner(FUNDER, listed).companyName()).isEqualTo("(주)대성정밀");
		assertThat(registry.tierOf(FUNDER, listed)).contains(PartnerTier.TIER_2);
		assertThat(events.stream(PartnerListChanged.class)).isEmpty();
	}

	@Test
	void removingAsksFirstThenTakesThePartnerOffTheList() throws Exception {
		Document confirmation = PartnerPages.page(mvc, LIST + "/" + listed.digits() + "/remove");
		assertThat(confirmation.text()).contains("포스코인터내셔널 협력사 명단에서 (주)대성정밀(" + listed.formatted() + ")을(를) 삭제할까요?");
		assertThat(registry.isPartner(FUNDER, listed)).isTrue();

		MvcResult result = mvc.perform(post(LIST + "/" + listed.digits() + "/remove").with(csrf()))
			.andExpect(redirectedUrl(LIST))
			.andReturn();

		assertThat(PartnerPages.noticeAfter(mvc, result)).isEqualTo("(주)대성정밀(" + listed.formatted() + ")을(를) 명단에서 삭제했습니다.");
		assertThat(registry.isPartner(FUNDER, listed)).isFalse();
		assertThat(events.stream(PartnerListChanged.class)).singleElement().satisfies(changed -> {
			assertThat(changed.change()).isEqualTo(PartnerListChanged.Change.REMOVED);
			assertThat(changed.removed()).isEqualTo(1);
		});
		mvc.perform(post(LIST + "/" + listed.digits() + "/remove").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void searchFindsPartnersByPartOfTheNameOrOfTheNumber() throws Exception {
		lists.add(FUNDER, number(PREFIX, 77), "세원하이텍", PartnerTier.TIER_3, "setup");

		assertThat(search("대성정", "").select(".partner-name").eachText()).contains("(주)대성정밀");
		assertThat(numbers(search(listed.formatted().substring(0, 6), "")))
			.containsExactlyInAnyOrder(listed.formatted(), number(PREFIX, 77).formatted());
		assertThat(numbers(search(listed.formatted(), ""))).containsExactly(listed.formatted());
		assertThat(numbers(search(listed.digits(), ""))).containsExactly(listed.formatted());
		assertThat(numbers(search(PREFIX, "3"))).containsExactly(number(PREFIX, 77).formatted());
		assertThat(search("%", "").select(".partner-name")).isEmpty();
		assertThat(search("_", "").select(".partner-name")).isEmpty();
		assertThat(search("없는회사이름", "").text()).contains("검색 조건에 맞는 협력사가 없습니다.");
	}

	@Test
	void longListsArePagedFiftyAtATime() throws Exception {
		for (int i = 100; i < 160; i++) {
			lists.add(FUNDER, number(PREFIX, i), "쪽나눔기공 " + i, PartnerTier.TIER_3, "setup");
		}
		Document first = PartnerPages.page(mvc, LIST + "?q=쪽나눔기공");
		assertThat(first.select(".partner-name")).hasSize(50);
		assertThat(first.text()).contains("검색 결과 60개사", "2쪽 중 1쪽");
		String next = first.select(".pagination a").stream()
			.filter(link -> link.text().equals("다음"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(next).isEqualTo(LIST + "?q=%EC%AA%BD%EB%82%98%EB%88%94%EA%B8%B0%EA%B3%B5&page=2");

		Document second = Jsoup.parse(mvc.perform(get(URI.create(next))).andReturn().getResponse().getContentAsString());
		assertThat(second.select(".partner-name").eachText()).hasSize(10).contains("쪽나눔기공 159");
		assertThat(PartnerPages.page(mvc, LIST + "?q=쪽나눔기공&page=abc").select(".partner-name")).hasSize(50);
		assertThat(PartnerPages.page(mvc, LIST + "?q=쪽나눔기공&page=99").select(".partner-name")).isEmpty();
	}

	@Test
	void theExportHoldsTheWholeListInTheReadersLanguage() throws Exception {
		assertThat(PartnerPages.exportedNamesByNumber(mvc, FUNDER)).containsEntry("사업자등록번호", "회사명")
			.containsEntry(listed.formatted(), "(주)대성정밀")
			.hasSize((int) lists.count(FUNDER) + 1);
		String english = new String(mvc.perform(get(LIST + "/export").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(english).startsWith("\uFEFFbusiness_registration_number,company_name,tier,contact_email\r\n")
			.contains(listed.formatted() + ",(주)대성정밀,2,\r\n");
	}

	@Test
	void anUnknownFunderOrPartnerIsNotFound() throws Exception {
		for (String page : new String[] { "/admin/partners/NOPE", "/admin/partners/NOPE/new",
				"/admin/partners/NOPE/import", "/admin/partners/NOPE/export",
				LIST + "/" + number(PREFIX, 999).digits() + "/edit", LIST + "/12345/edit",
				"/admin/partners/NOPE/" + listed.digits() + "/edit" }) {
			mvc.perform(get(page)).andExpect(status().isNotFound());
		}
		mvc.perform(post("/admin/partners/NOPE/new").with(csrf())
			.param("businessRegistrationNumber", number(PREFIX, 5).formatted())
			.param("companyName", "어디에도없음")
			.param("tier", "TIER_1")).andExpect(status().isNotFound());
		assertThat(registry.partnershipsOf(number(PREFIX, 5))).isEmpty();
	}

	@Test
	void aContactEmailIsOptionalCheckedNextToItsFieldAndKeptWhenWellFormed() throws Exception {
		BusinessRegistrationNumber added = number(PREFIX, 40);
		Document form = submit(post(LIST + "/new").param("businessRegistrationNumber", added.formatted())
			.param("companyName", "세진금속")
			.param("tier", "TIER_2")
			.param("contactEmail", "kim@세진"));
		assertFieldError(form, "contactEmail", "contactEmail-error",
				"메일을 받을 수 있는 주소(예: kim@hanbit.co.kr)를 입력하거나 비워 두세요.");
		assertThat(registry.isPartner(FUNDER, added)).isFalse();

		mvc.perform(post(LIST + "/new").with(csrf())
			.param("businessRegistrationNumber", added.formatted())
			.param("companyName", "세진금속")
			.param("tier", "TIER_2")
			.param("contactEmail", " finance@sejin.example ")).andExpect(redirectedUrl(LIST));
		assertThat(lists.partner(FUNDER, added).contactEmail()).isEqualTo("finance@sejin.example");

		Document edit = PartnerPages.page(mvc, LIST + "/" + added.digits() + "/edit");
		assertThat(edit.selectFirst("input#contactEmail").val()).isEqualTo("finance@sejin.example");
		Document refused = submit(post(LIST + "/" + added.digits() + "/edit").param("lang", "en")
			.param("companyName", "세진금속")
			.param("tier", "TIER_2")
			.param("contactEmail", "finance@@sejin"));
		assertFieldError(refused, "contactEmail", "contactEmail-error",
				"Enter an address mail reaches, such as kim@hanbit.co.kr, or leave the field empty.");
		assertThat(lists.partner(FUNDER, added).contactEmail()).isEqualTo("finance@sejin.example");

		mvc.perform(post(LIST + "/" + added.digits() + "/edit").with(csrf())
			.param("companyName", "세진금속")
			.param("tier", "TIER_2")
			.param("contactEmail", "")).andExpect(redirectedUrl(LIST));
		assertThat(lists.partner(FUNDER, added).contactEmail()).as("an empty field removes the address").isNull();
	}

	private Document submit(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Document search(String text, String tier) throws Exception {
		return Jsoup.parse(mvc.perform(get(LIST).param("q", text).param("tier", tier))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> numbers(Document page) {
		return page.select("td .font-monospace").eachText();
	}

	private static void assertFieldError(Document form, String field, String errorId, String message) {
		Element input = form.selectFirst("#" + field);
		assertThat(input).as(field).isNotNull();
		assertThat(input.hasClass("is-invalid")).as(field + " marked invalid").isTrue();
		assertThat(input.attr("aria-describedby")).as(field + " described by its error").contains(errorId);
		Element error = form.selectFirst("#" + errorId);
		assertThat(error).as(errorId).isNotNull();
		assertThat(error.hasClass("invalid-feedback")).isTrue();
		assertThat(error.text()).isEqualTo(message);
		assertThat(form.selectFirst("label[for=" + field + "]")).as("label of " + field).isNotNull();
	}

}
