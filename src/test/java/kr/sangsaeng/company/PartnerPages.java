package kr.sangsaeng.company;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an administrator sees of the partner pages: the message shown after a redirect, and the exported file.
 */
final class PartnerPages {

	private PartnerPages() {
	}

	/**
	 * Follows a redirect as the browser would, with the session cookie that keeps the flash message, and returns
	 * the notice the next page shows.
	 */
	static String noticeAfter(MockMvc mvc, MvcResult redirect) throws Exception {
		String page = mvc.perform(get(redirect.getResponse().getRedirectedUrl())
			.cookie(redirect.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element notice = Jsoup.parse(page).selectFirst(".alert[role=status]");
		return notice == null ? null : notice.text();
	}

	static Document page(MockMvc mvc, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/**
	 * Exports a funder's list and reads it back as a spreadsheet would see the cells: business registration number
	 * to company name.
	 */
	static Map<String, String> exportedNamesByNumber(MockMvc mvc, String funderCode) throws Exception {
		byte[] file = mvc.perform(get("/admin/partners/" + funderCode + "/export"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
		Map<String, String> names = new LinkedHashMap<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			for (CSVRecord record : parser) {
				names.put(record.get(0), record.get(1));
			}
		}
		return names;
	}

}
