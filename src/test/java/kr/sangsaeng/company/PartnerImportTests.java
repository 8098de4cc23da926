package kr.sangsaeng.company;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static kr.sangsaeng.company.TestNumbers.number;
import static kr.sangsaeng.company.TestNumbers.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator imports a CSV file into Kia's partner list: good rows in, bad rows listed with their lines and
 * reasons, and nothing saved until they choose. Only numbers starting with 971 are touched.
 */
@SangsaengTest
@RecordApplicationEvents
@WithUserDetails("admin")
class PartnerImportTests {

	static final String FUNDER = "KIA";

	static final String PREFIX = "971";

	static final Charset CP949 = Charset.forName("x-windows-949");

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	PartnerLists lists;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final BusinessRegistrationNumber newOne = number(PREFIX, 1);

	final BusinessRegistrationNumber renamed = number(PREFIX, 2);

	final BusinessRegistrationNumber unchanged = number(PREFIX, 3);

	final BusinessRegistrationNumber multiLine = number(PREFIX, 4);

	final BusinessRegistrationNumber noName = number(PREFIX, 5);

	final BusinessRegistrationNumber badTier = number(PREFIX, 6);

	final BusinessRegistrationNumber longName = number(PREFIX, 7);

	final BusinessRegistrationNumber noTier = number(PREFIX, 8);

	final BusinessRegistrationNumber badChecksum = number(PREFIX, 9);

	@BeforeEach
	void listsTwoOfTheFilesCompanies() {
		lists.add(FUNDER, renamed, "나래오토텍", PartnerTier.TIER_3, "setup");
		lists.add(FUNDER, unchanged, "다솜산업", PartnerTier.TIER_3, "setup");
		events.clear();
	}

	@AfterEach
	void removeWhatTheTestListed() {
		jdbc.sql("delete from partner where business_number like ?").param(PREFIX + "%").update();
	}

	String fileOfGoodAndBadRows() {
		return String.join("\r\n", "사업자등록번호,회사명,차수", // 1
				newOne.formatted() + ",(주)가람정밀,1차", // 2: new
				renamed.digits() + ",나래오토텍(주),2", // 3: name and tier change
				unchanged.formatted() + ",다솜산업,3", // 4: as listed
				newOne.digits() + ",(주)가람정밀 본사,2", // 5: duplicate of line 2
				withWrongCheckDigit(badChecksum) + ",바른테크,1", // 6
				"12-345-67890,사랑전자,2", // 7
				",새봄금속,3", // 8
				noName.formatted() + ",,2", // 9
				badTier.formatted() + ",아름화학,4차", // 10
				longName.formatted() + "," + "가".repeat(201) + ",1", // 11
				noTier.formatted() + ",한결기계,", // 12
				multiLine.formatted() + ",\"여러 줄\n상호\",3", // 13 and 14
				multiLine.formatted() + ",다시 나온 회사,3") // 15: duplicate of line 13
			+ "\r\n";
	}

	@Test
	void aUtf8FileShowsWhatItWouldChangeAndEveryBadRowWithItsLineAndReason() throws Exception {
		Document preview = preview(upload(fileOfGoodAndBadRows().getBytes(StandardCharsets.UTF_8), "협력사.csv"));

		assertThat(preview.selectFirst("#count-new").text()).isEqualTo("2");
		assertThat(preview.selectFirst("#count-updated").text()).isEqualTo("1");
		assertThat(preview.selectFirst("#count-unchanged").text()).isEqualTo("1");
		assertThat(preview.selectFirst("#count-bad").text()).isEqualTo("9");
		assertThat(preview.selectFirst(".lead").text()).contains("협력사.csv", "UTF-8", "13행");
		assertThat(reasonsByLine(preview)).containsExactly(
				Map.entry("5", "같은 사업자등록번호가 2행에 이미 있습니다."),
				Map.entry("6", "유효하지 않은 사업자등록번호입니다 (검증번호 불일치)."),
				Map.entry("7", "사업자등록번호가 10자리 숫자(123-45-67890 또는 1234567890)가 아닙니다."),
				Map.entry("8", "사업자등록번호가 없습니다."),
				Map.entry("9", "회사명이 없습니다."),
				Map.entry("10", "차수는 1, 2, 3 또는 1차, 2차, 3차여야 합니다."),
				Map.entry("11", "회사명이 200자를 넘습니다."),
				Map.entry("12", "차수가 없습니다."),
				Map.entry("15", "같은 사업자등록번호가 13행에 이미 있습니다."));
		assertThat(preview.select("button").eachText()).contains("정상 행 4건 가져오기", "가져오지 않기");
	}

	@Test
	void aCp949FileFromKoreanExcelReadsTheSameAndImportsItsKoreanNames() throws Exception {
		String previewPage = upload(fileOfGoodAndBadRows().getBytes(CP949), "partners.csv");
		Document preview = preview(previewPage);
		assertThat(preview.selectFirst(".lead").text()).contains("CP949");
		assertThat(preview.selectFirst("#count-new").text()).isEqualTo("2");
		assertThat(reasonsByLine(preview)).containsOnlyKeys("5", "6", "7", "8", "9", "10", "11", "12", "15")
			.containsEntry("15", "같은 사업자등록번호가 13행에 이미 있습니다.");

		mvc.perform(post(previewPage + "/import").with(csrf())).andExpect(redirectedUrl("/admin/partners/" + FUNDER));

		assertThat(lists.partner(FUNDER, newOne).companyName()).isEqualTo("(주)가람정밀");
		assertThat(lists.partner(FUNDER, multiLine).companyName()).isEqualTo("여러 줄 상호");
	}

	@Test
	void theReasonsSpeakEnglishToAnEnglishReader() throws Exception {
		String previewPage = upload(fileOfGoodAndBadRows().getBytes(StandardCharsets.UTF_8), "partners.csv");
		Document preview = Jsoup.parse(mvc.perform(get(previewPage).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(reasonsByLine(preview)).containsEntry("5", "The same business registration number is already on line 2.")
			.containsEntry("6", "The business registration number does not exist: its check digit does not match.")
			.containsEntry("12", "The tier is missing.");
	}

	@Test
	void importingTheGoodRowsAddsTheNewUpdatesTheChangedAndLeavesOutTheBad()
			throws Exception {
		long listSizeBefore = lists.count(FUNDER);
		String previewPage = upload(fileOfGoodAndBadRows().getBytes(StandardCharsets.UTF_8), "partners.csv");

		MvcResult imported = mvc.perform(post(previewPage + "/import").with(csrf()))
			.andExpect(redirectedUrl("/admin/partners/" + FUNDER))
			.andReturn();
		assertThat(PartnerPages.noticeAfter(mvc, imported))
			.isEqualTo("가져오기를 마쳤습니다: 신규 2개사, 변경 1개사, 변경 없음 1개사. 가져올 수 없는 9행은 제외했습니다.");

		assertThat(registry.tierOf(FUNDER, newOne)).contains(PartnerTier.TIER_1);
		assertThat(lists.partner(FUNDER, newOne).companyName()).isEqualTo("(주)가람정밀");
		assertThat(registry.tierOf(FUNDER, multiLine)).contains(PartnerTier.TIER_3);
		assertThat(lists.partner(FUNDER, renamed)).satisfies(partner -> {
			assertThat(partner.companyName()).isEqualTo("나래오토텍(주)");
			assertThat(partner.tier()).isEqualTo(PartnerTier.TIER_2);
			assertThat(partner.updatedBy()).isEqualTo("admin");
		});
		assertThat(lists.partner(FUNDER, unchanged).updatedBy()).isEqualTo("setup");
		for (BusinessRegistrationNumber bad : new BusinessRegistrationNumber[] { noName, badTier, longName, noTier,
				badChecksum }) {
			assertThat(registry.isPartner(FUNDER, bad)).as(bad.formatted()).isFalse();
		}
		assertThat(lists.count(FUNDER)).isEqualTo(listSizeBefore + 2);
		assertThat(events.stream(PartnerListChanged.class)).singleElement().satisfies(changed -> {
			assertThat(changed.funderCode()).isEqualTo(FUNDER);
			assertThat(changed.change()).isEqualTo(PartnerListChanged.Change.IMPORTED);
			assertThat(changed.added()).isEqualTo(2);
			assertThat(changed.updated()).isEqualTo(1);
			assertThat(changed.changedBy()).isEqualTo("admin");
		});

		MvcResult gone = mvc.perform(get(previewPage)).andExpect(redirectedUrl("/admin/partners/" + FUNDER)).andReturn();
		assertThat(PartnerPages.noticeAfter(mvc, gone)).startsWith("더 이상 확인을 기다리는 파일이 아닙니다.");
	}

	@Test
	void importingNothingLeavesTheListAsItWas() throws Exception {
		long listSizeBefore = lists.count(FUNDER);
		String previewPage = upload(fileOfGoodAndBadRows().getBytes(StandardCharsets.UTF_8), "partners.csv");

		MvcResult discarded = mvc.perform(post(previewPage + "/discard").with(csrf()))
			.andExpect(redirectedUrl("/admin/partners/" + FUNDER))
			.andReturn();
		assertThat(PartnerPages.noticeAfter(mvc, discarded)).isEqualTo("아무것도 가져오지 않았습니다. 명단은 그대로입니다.");

		assertThat(lists.count(FUNDER)).isEqualTo(listSizeBefore);
		assertThat(registry.isPartner(FUNDER, newOne)).isFalse();
		assertThat(lists.partner(FUNDER, renamed).companyName()).isEqualTo("나래오토텍");
		assertThat(events.stream(PartnerListChanged.class)).isEmpty();

		MvcResult tooLate = mvc.perform(post(previewPage + "/import").with(csrf()))
			.andExpect(redirectedUrl("/admin/partners/" + FUNDER))
			.andReturn();
		assertThat(PartnerPages.noticeAfter(mvc, tooLate)).startsWith("더 이상 확인을 기다리는 파일이 아닙니다.");
		assertThat(registry.isPartner(FUNDER, newOne)).isFalse();
	}

	@Test
	void anUploadWaitsOnlyOnTheListItWasMadeFor() throws Exception {
		String previewPage = upload(fileOfGoodAndBadRows().getBytes(StandardCharsets.UTF_8), "partners.csv");
		String otherFunder = previewPage.replace("/" + FUNDER + "/", "/HYUNDAI/");

		mvc.perform(post(otherFunder + "/import").with(csrf())).andExpect(redirectedUrl("/admin/partners/HYUNDAI"));

		assertThat(registry.isPartner("HYUNDAI", newOne)).isFalse();
		assertThat(registry.isPartner(FUNDER, newOne)).isFalse();
	}

	@Test
	void aFormulaInACellIsStoredAsTextShownEscapedAndExportedDisarmed() throws Exception {
		BusinessRegistrationNumber formula = number(PREFIX, 20);
		BusinessRegistrationNumber markup = number(PREFIX, 21);
		String csv = "business_registration_number,company_name,tier\n" + formula.formatted()
				+ ",\"=cmd|' /C calc'!A0\",1\n" + markup.formatted() + ",@SUM(1+1)<img src=x onerror=alert(1)>,2\n";
		String previewPage = upload(csv.getBytes(StandardCharsets.UTF_8), "formula.csv");
		mvc.perform(post(previewPage + "/import").with(csrf())).andExpect(status().isFound());

		assertThat(lists.partner(FUNDER, formula).companyName()).isEqualTo("=cmd|' /C calc'!A0");

		String page = mvc.perform(get("/admin/partners/" + FUNDER).param("q", PREFIX))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("@SUM(1+1)&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
		assertThat(Jsoup.parse(page).select(".partner-name").eachText()).contains("=cmd|' /C calc'!A0",
				"@SUM(1+1)<img src=x onerror=alert(1)>");

		Map<String, String> exported = PartnerPages.exportedNamesByNumber(mvc, FUNDER);
		assertThat(exported).containsEntry(formula.formatted(), "'=cmd|' /C calc'!A0")
			.containsEntry(markup.formatted(), "'@SUM(1+1)<img src=x onerror=alert(1)>");
	}

	@Test
	void aContactEmailColumnIsCheckedRowByRowShownAndImportedAndAnEmptyCellKeepsTheListsAddress() throws Exception {
		jdbc.sql("update partner set contact_email = 'old@dasom.example' where funder_code = ? and business_number = ?")
			.params(FUNDER, unchanged.digits())
			.update();
		BusinessRegistrationNumber badContact = number(PREFIX, 30);
		String csv = String.join("\r\n", "사업자등록번호,회사명,차수,담당자 이메일", // 1
				newOne.formatted() + ",(주)가람정밀,1,finance@garam.example", // 2: new, with a contact
				renamed.formatted() + ",나래오토텍,3,  kim@narae.example ", // 3: only the contact changes
				unchanged.formatted() + ",다솜산업,3,", // 4: an empty cell keeps the address
				badContact.formatted() + ",잘못된메일,2,kim at narae") // 5: not an address
				+ "\r\n";
		String previewPage = upload(csv.getBytes(StandardCharsets.UTF_8), "contacts.csv");
		Document preview = preview(previewPage);

		assertThat(preview.selectFirst("#count-new").text()).isEqualTo("1");
		assertThat(preview.selectFirst("#count-updated").text()).isEqualTo("1");
		assertThat(preview.selectFirst("#count-unchanged").text()).isEqualTo("1");
		assertThat(preview.selectFirst("#count-contact").text()).isEqualTo("2");
		assertThat(reasonsByLine(preview)).containsExactly(
				Map.entry("5", "담당자 이메일이 메일을 받을 수 있는 주소(예: kim@hanbit.co.kr)가 아닙니다."));
		assertThat(preview.select("table.bad-rows tbody tr").first().text()).contains("kim at narae");
		assertThat(preview.select("table.bad-rows thead th").eachText()).contains("파일의 담당자 이메일");

		mvc.perform(post(previewPage + "/import").with(csrf())).andExpect(redirectedUrl("/admin/partners/" + FUNDER));

		assertThat(lists.partner(FUNDER, newOne).contactEmail()).isEqualTo("finance@garam.example");
		assertThat(lists.partner(FUNDER, renamed).contactEmail()).isEqualTo("kim@narae.example");
		assertThat(lists.partner(FUNDER, unchanged).contactEmail()).isEqualTo("old@dasom.example");
		assertThat(registry.isPartner(FUNDER, badContact)).isFalse();
		Document list = PartnerPages.page(mvc, "/admin/partners/" + FUNDER + "?q=" + PREFIX);
		assertThat(list.select("thead th").eachText()).contains("담당자 이메일");
		assertThat(list.select(".partner-contact").eachText()).contains("finance@garam.example", "kim@narae.example",
				"old@dasom.example");
		String exported = new String(mvc.perform(get("/admin/partners/" + FUNDER + "/export"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(exported).contains("담당자 이메일", newOne.formatted() + ",(주)가람정밀,1차,finance@garam.example");
	}

	private String upload(byte[] content, String fileName) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/admin/partners/" + FUNDER + "/import")
				.file(new MockMultipartFile("file", fileName, "text/csv", content))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/partners/" + FUNDER + "/import/*"))
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private Document preview(String previewPage) throws Exception {
		return Jsoup.parse(mvc.perform(get(previewPage))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Map<String, String> reasonsByLine(Document preview) {
		Map<String, String> reasons = new LinkedHashMap<>();
		for (Element row : preview.select("table.bad-rows tbody tr")) {
			reasons.put(row.selectFirst("th").text(), String.join(" | ", row.select(".row-problems li").eachText()));
		}
		return reasons;
	}

}
