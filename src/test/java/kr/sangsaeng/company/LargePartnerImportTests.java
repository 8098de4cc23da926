package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static kr.sangsaeng.company.TestNumbers.number;
import static kr.sangsaeng.company.TestNumbers.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The largest file one import takes: 100,000 rows into IBK's partner list. Only numbers starting with 95 are touched.
 */
@SangsaengTest
@WithUserDetails("admin")
class LargePartnerImportTests {

	private static final Logger log = LoggerFactory.getLogger(LargePartnerImportTests.class);

	static final String FUNDER = "IBK";

	static final String PREFIX = "95";

	static final int ROWS = 100_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerLists lists;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatTheTestListed() {
		jdbc.sql("delete from partner where business_number like ?").param(PREFIX + "%").update();
	}

	@Test
	void aHundredThousandRowsImportLeavingExactlyTheGoodOnes() throws Exception {
		StringBuilder csv = new StringBuilder(ROWS * 40).append("사업자등록번호,회사명,차수\r\n");
		for (int i = 0; i < ROWS; i++) {
			BusinessRegistrationNumber number = number(PREFIX, i);
			String written = i % 1_000 == 999 ? withWrongCheckDigit(number) : number.formatted();
			csv.append(written).append(",(주)대량협력").append(i).append(',').append(i % 3 + 1).append("차\r\n");
		}
		long listBefore = lists.count(FUNDER);

		long started = System.nanoTime();
		String previewPage = mvc
			.perform(multipart("/admin/partners/" + FUNDER + "/import")
				.file(new MockMultipartFile("file", "ibk-partners.csv", "text/csv",
						csv.toString().getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long uploaded = System.nanoTime();
		Document preview = Jsoup.parse(
				mvc.perform(get(previewPage)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		long previewed = System.nanoTime();
		mvc.perform(post(previewPage + "/import").with(csrf())).andExpect(status().isFound());
		long imported = System.nanoTime();
		log.info("{} rows: read and kept aside in {} ms, preview in {} ms, imported in {} ms, {} ms in all", ROWS,
				(uploaded - started) / 1_000_000, (previewed - uploaded) / 1_000_000, (imported - previewed) / 1_000_000,
				(imported - started) / 1_000_000);

		assertThat(preview.selectFirst("#count-new").text()).isEqualTo("99,900");
		assertThat(preview.selectFirst("#count-bad").text()).isEqualTo("100");
		assertThat(preview.select("table.bad-rows tbody tr")).hasSize(100);
		assertThat(preview.selectFirst("table.bad-rows tbody tr th").text()).isEqualTo("1001");

		assertThat(lists.count(FUNDER)).isEqualTo(listBefore + 99_900);
		assertThat(jdbc.sql("select count(*) from partner where funder_code = ? and business_number like ?")
			.params(FUNDER, PREFIX + "%")
			.query(Long.class)
			.single()).isEqualTo(99_900L);
		assertThat(registry.tierOf(FUNDER, number(PREFIX, 0))).contains(PartnerTier.TIER_1);
		assertThat(registry.tierOf(FUNDER, number(PREFIX, 99_998))).contains(PartnerTier.TIER_3);
		assertThat(lists.partner(FUNDER, number(PREFIX, 99_998)).companyName()).isEqualTo("(주)대량협력99998");
		assertThat(registry.isPartner(FUNDER, number(PREFIX, 999))).isFalse();
		assertThat(registry.isPartner(FUNDER, number(PREFIX, 99_999))).isFalse();
	}

}
