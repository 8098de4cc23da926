package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static kr.sangsaeng.company.TestNumbers.number;
import static kr.sangsaeng.company.TestNumbers.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hyundai Motor keeps its own partner list under /funder/partners: the same list, import, preview and row errors
 * an administrator has, and nothing of POSCO's. Only numbers starting with 975 are touched.
 */
@SangsaengTest
@WithUserDetails("hyundai.funder")
class FunderPartnerListTests {

	static final String PREFIX = "975";

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerLists lists;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	final BusinessRegistrationNumber newOne = number(PREFIX, 1);

	final BusinessRegistrationNumber badChecksum = number(PREFIX, 2);

	final BusinessRegistrationNumber poscosOwn = number(PREFIX, 3);

	@AfterEach
	void removeWhatTheTestListed() {
		jdbc.sql("delete from partner where business_number like ?").param(PREFIX + "%").update();
	}

	@Test
	void theFunderImportsIntoItsOwnListAfterSeeingTheBadRows() throws Exception {
		String file = String.join("\r\n", "사업자등록번호,회사명,차수", newOne.formatted() + ",(주)새길모터스,1차",
				withWrongCheckDigit(badChecksum) + ",바른테크,1") + "\r\n";
		String previewPage = mvc
			.perform(multipart("/funder/partners/import")
				.file(new MockMultipartFile("file", "협력사.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/funder/partners/import/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Document preview = page(previewPage);
		assertThat(preview.selectFirst("h1").text()).isEqualTo("가져오기 전 확인");
		assertThat(preview.selectFirst("#count-new").text()).isEqualTo("1");
		assertThat(preview.select("table.bad-rows tbody tr .row-problems li").eachText())
			.containsExactly("유효하지 않은 사업자등록번호입니다 (검증번호 불일치).");
		assertThat(preview.select("form[method=post]:not([action=/logout])").eachAttr("action")).allMatch(action -> action.startsWith(previewPage));

		mvc.perform(post(previewPage + "/import").with(csrf())).andExpect(redirectedUrl("/funder/partners"));

		assertThat(registry.isPartner("HYUNDAI", newOne)).isTrue();
		assertThat(registry.isPartner("POSCO", newOne)).isFalse();
		Document list = page("/funder/partners?q=" + PREFIX);
		assertThat(list.selectFirst("h1").text()).contains("현대자동차");
		assertThat(list.select("tbody tr").eachText()).singleElement().asString().contains("(주)새길모터스");
		assertThat(list.select("a[href*=/admin/]").eachAttr("href")).isEmpty();
	}

	@Test
	void anotherFundersListAndUploadAreNotFoundAndTheAdministratorsAddressesAreRefused() throws Exception {
		lists.add("POSCO", poscosOwn, "(주)포항소재", PartnerTier.TIER_1, "setup");
		String poscoUpload = mvc
			.perform(multipart("/funder/partners/import")
				.file(new MockMultipartFile("file", "list.csv", "text/csv",
						("사업자등록번호,회사명,차수\r\n" + newOne.formatted() + ",(주)새길모터스,1\r\n")
							.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(user(userDetails.loadUserByUsername("posco.funder"))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(poscoUpload).startsWith("/funder/partners/import/");

		mvc.perform(get(poscoUpload)).andExpect(status().isNotFound());
		mvc.perform(post(poscoUpload + "/import").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(poscoUpload + "/discard").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/funder/partners/" + poscosOwn.digits() + "/edit")).andExpect(status().isNotFound());
		mvc.perform(post("/funder/partners/" + poscosOwn.digits() + "/remove").with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/partners/POSCO")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/partners/HYUNDAI")).andExpect(status().isForbidden());

		assertThat(registry.isPartner("POSCO", newOne)).isFalse();
		assertThat(registry.isPartner("POSCO", poscosOwn)).isTrue();
	}

	@Test
	void theFundersNewPartnerFormSaysWhatIsWrongNextToEachField() throws Exception {
		Document form = Jsoup.parse(mvc
			.perform(post("/funder/partners/new").with(csrf())
				.param("businessRegistrationNumber", withWrongCheckDigit(newOne))
				.param("companyName", "")
				.param("tier", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.selectFirst("#number-error").text()).contains("검증번호");
		assertThat(form.selectFirst("#companyName-error")).isNotNull();
		assertThat(form.selectFirst("form[method=post]:not([action=/logout])").attr("action")).isEqualTo("/funder/partners/new");
		assertThat(registry.isPartner("HYUNDAI", newOne)).isFalse();
	}

	private Document page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
