package kr.sangsaeng.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript that gives up on an answer after a timeout, so that a hang shows as a failure:
 * it keeps cookies, reads the CSRF token from each form page and sends it back.
 */
final class Visitor {

	static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final String ACCEPT_PAGES = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String baseUrl;

	private final HttpClient client;

	Visitor(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(PATIENCE)
			.header("Accept", ACCEPT_PAGES)
			.GET()
			.build());
	}

	HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(PATIENCE)
			.header("Accept", "application/json")
			.GET()
			.build());
	}

	/**
	 * Opens {@code formPage}, then posts {@code fields} to {@code action} with the page's CSRF token.
	 */
	HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		return post(action, withToken(get(formPage).body(), fields));
	}

	HttpResponse<String> post(String action, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
			.timeout(PATIENCE)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT_PAGES)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			throw new IOException(request.method() + " " + request.uri().getPath() + " got no whole answer ("
					+ Instant.now() + ")", failure);
		}
	}

	Visitor signIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = submit("/login", "/login", Map.of("username", username, "password", password));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(username + " could not sign in: " + response.statusCode() + " " + location);
		}
		return this;
	}

	/**
	 * The path of a redirect's target, for following it with the same cookies.
	 */
	static String path(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		URI uri = URI.create(location);
		return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
	}

	static Map<String, String> withToken(String page, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		Matcher token = CSRF_FIELD.matcher(page);
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
		return form;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
