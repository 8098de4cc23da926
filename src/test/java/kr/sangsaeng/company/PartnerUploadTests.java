package kr.sangsaeng.company;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.internal.PartnerLists;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What is not a partner list Sangsaeng can read is refused with a message next to the file field, and nothing is
 * kept of it.
 */
@SangsaengTest
@WithUserDetails("admin")
class PartnerUploadTests {

	static final String UPLOAD = "/admin/partners/WOORI/import";

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerLists lists;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void anExcelWorkbookIsRefusedWithAdviceToSaveItAsCsv() throws Exception {
		byte[] xlsx = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0 };
		assertRefused("partners.xlsx", xlsx,
				"CSV가 아닌 엑셀 통합 문서입니다. 엑셀에서 [다른 이름으로 저장] → [CSV UTF-8(쉼표로 분리)]를 선택해 저장한 파일을 올려 주세요.");
		assertRefused("partners.csv", xlsx,
				"CSV가 아닌 엑셀 통합 문서입니다. 엑셀에서 [다른 이름으로 저장] → [CSV UTF-8(쉼표로 분리)]를 선택해 저장한 파일을 올려 주세요.");
	}

	@Test
	void aPdfOrAZipOrAnImageNamedCsvIsRefused() throws Exception {
		String notText = "텍스트 파일이 아닙니다. PDF, 이미지 또는 프로그램 파일일 수 있습니다. CSV로 저장한 명단을 올려 주세요.";
		assertRefused("partners.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nstream\n\u0000\u0001"
			.getBytes(StandardCharsets.ISO_8859_1), notText);
		assertRefused("partners.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 },
				notText);
		assertRefused("partners.csv", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 }, notText);
	}

	@Test
	void aFileThatIsNotNamedCsvIsRefused() throws Exception {
		byte[] csv = "사업자등록번호,회사명,차수\n314-86-05193,(주)한빛오토텍,1\n".getBytes(StandardCharsets.UTF_8);
		for (String name : new String[] { "partners.txt", "partners.pdf", "partners", "partners.csv.exe" }) {
			assertRefused(name, csv, "CSV 파일이 아닙니다. 스프레드시트에서 CSV(.csv)로 저장한 파일을 올려 주세요.");
		}
	}

	@Test
	void anEmptyOrHeaderlessFileIsRefusedSayingWhy() throws Exception {
		assertRefused("partners.csv", new byte[0], "빈 파일입니다.");
		assertRefused("", new byte[0], "올릴 CSV 파일을 선택해 주세요.");
		assertFileRefused(upload(multipart(UPLOAD)), "올릴 CSV 파일을 선택해 주세요.");
		assertRefused("partners.csv", "314-86-05193,(주)한빛오토텍,1\n".getBytes(StandardCharsets.UTF_8),
				"첫 행에 열 이름이 있어야 합니다. 없는 열: 사업자등록번호 / business_registration_number, "
						+ "회사명 / 상호 / company_name, 차수 / 협력사 차수 / tier");
		assertRefused("partners.csv", "사업자등록번호,회사명,차수\n".getBytes(StandardCharsets.UTF_8),
				"제목 행만 있고 협력사 행이 없습니다.");
	}

	@Test
	void aFileOverTheLimitIsRefusedInTheReadersLanguage() throws Exception {
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) 'a');
		Document page = upload(multipart(UPLOAD).file(new MockMultipartFile("file", "big.csv", "text/csv", large))
			.param("lang", "en"));
		assertFileRefused(page, "The file is larger than 20 MB. Split it into smaller files.");
	}

	/**
	 * Over real HTTP, where the servlet container would fail an oversized multipart request before any controller.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 20 * 1024 * 1024 + 1, 40 * 1024 * 1024 })
	void aBrowserUploadingAFileOverTheLimitGetsTheUploadPageWithAMessage(int size) throws Exception {
		long waitingBefore = waitingUploads();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		signIn(browser);
		Document form = Jsoup.parse(send(browser, HttpRequest.newBuilder(url(UPLOAD)).GET().build()).body());
		String action = form.selectFirst("form.partner-upload").attr("action");
		String csrf = form.selectFirst("form.partner-upload input[name=_csrf]").val();

		String boundary = "----sangsaeng" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) 'a');
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = send(browser, HttpRequest.newBuilder(url(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)),
					head.length + content.length + tail.length))
			.build());

		assertThat(response.statusCode()).isEqualTo(303);
		String refusal = response.headers().firstValue("Location").orElseThrow();
		assertThat(refusal).isEqualTo(UPLOAD + "?tooLarge");
		HttpResponse<String> page = send(browser, HttpRequest.newBuilder(url(refusal)).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertFileRefused(Jsoup.parse(page.body()), "파일이 20MB보다 큽니다. 여러 파일로 나누어 올려 주세요.");
		assertThat(waitingUploads()).isEqualTo(waitingBefore);
	}

	private void assertRefused(String fileName, byte[] content, String message) throws Exception {
		long waitingBefore = waitingUploads();
		long listBefore = lists.count("WOORI");
		assertFileRefused(upload(multipart(UPLOAD).file(new MockMultipartFile("file", fileName, "text/csv", content))),
				message);
		assertThat(waitingUploads()).isEqualTo(waitingBefore);
		assertThat(lists.count("WOORI")).isEqualTo(listBefore);
	}

	private Document upload(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request)
			throws Exception {
		return Jsoup.parse(mvc.perform(request.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void assertFileRefused(Document page, String message) {
		Element file = page.selectFirst("input#file");
		assertThat(file.hasClass("is-invalid")).isTrue();
		assertThat(file.attr("aria-describedby")).contains("file-error");
		assertThat(page.selectFirst("#file-error.invalid-feedback").text()).isEqualTo(message);
	}

	private long waitingUploads() {
		return jdbc.sql("select count(*) from partner_import where funder_code = 'WOORI'").query(Long.class).single();
	}

	private void signIn(HttpClient browser) {
		Document login = Jsoup.parse(send(browser, HttpRequest.newBuilder(url("/login")).GET().build()).body());
		String csrf = login.selectFirst("input[name=_csrf]").val();
		String form = "username=admin&password=" + URLEncoder.encode("demo1234!", StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpClient browser, HttpRequest request) {
		try {
			return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception failure) {
			throw new IllegalStateException(failure);
		}
	}

}
