package kr.sangsaeng.applications.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, because the servlet container, not the application, would otherwise answer an oversized upload.
 */
@SangsaengTest
class OversizedDocumentUploadTests {

	@LocalServerPort
	int port;

	@Test
	void documentsLargerThanAnUploadMayBeAreSentBackToTheApplicationPage() throws Exception {
		byte[] body = new byte[61 * 1024 * 1024];
		HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/applications/42/documents"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/applications/42?tooLarge"));
	}

}
