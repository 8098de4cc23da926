package kr.sangsaeng.system;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: what a browser loads with a page.
 */
@SangsaengTest
class StaticResourcesTests {

	@LocalServerPort
	int port;

	@Test
	void everyStylesheetScriptAndImageThatAPageLinksIsServedAndKeptByTheBrowserForAWeek() {
		WebSession ministry = new WebSession(port).signIn("ministry", "demo1234!");
		Document dashboard = Jsoup.parse(ministry.get("/dashboard").body());
		List<String> linked = dashboard.select("link[rel=stylesheet], link[rel=icon], script[src], img[src]")
			.stream()
			.map(element -> element.hasAttr("href") ? element.attr("href") : element.attr("src"))
			.toList();
		assertThat(linked).as("Bootstrap, the application's stylesheet, htmx, Chart.js and the logo")
			.anySatisfy(path -> assertThat(path).matches("/webjars/bootstrap/5[.\\d]+/dist/css/bootstrap\\.min\\.css"))
			.anySatisfy(path -> assertThat(path).isEqualTo("/css/sangsaeng.css"))
			.anySatisfy(path -> assertThat(path).matches("/webjars/chart\\.js/[.\\d]+/dist/chart\\.umd\\.min\\.js"))
			.anySatisfy(path -> assertThat(path).startsWith("/images/"));
		for (String path : linked) {
			HttpResponse<String> resource = ministry.get(path);
			assertThat(resource.statusCode()).as(path).isEqualTo(200);
			assertThat(resource.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=604800");
		}
	}

	@Test
	void linksToPagesAreLeftAsWritten() {
		Document home = Jsoup.parse(new WebSession(port).signIn("kodit.reviewer", "demo1234!").get("/").body());
		assertThat(home.select("a[href]").stream().map(Element::cssSelector).toList()).isNotEmpty();
		assertThat(home.select("a[href^=/review]")).isNotEmpty()
			.allSatisfy(link -> assertThat(link.attr("href")).doesNotContain("webjars"));
	}

}
