package kr.sangsaeng;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor talking to the running application over HTTP, with cookies, as a browser without JavaScript
 * would: it reads the CSRF token from each form page and sends it back.
 */
public final class WebSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final String ACCEPT_PAGES = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String baseUrl;

	private final HttpClient client;

	public WebSession(int port) {
		this("http://localhost:" + port, HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	private WebSession(String baseUrl, HttpClient client) {
		this.baseUrl = baseUrl;
		this.client = client;
	}

	/**
	 * The same visitor, with the same cookies, talking to another instance of the application.
	 */
	public WebSession on(int port) {
		return new WebSession("http://localhost:" + port, client);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", ACCEPT_PAGES).GET().build());
	}

	/**
	 * Opens {@code formPage}, then posts {@code fields} to {@code action} with the page's CSRF token.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher token = CSRF_FIELD.matcher(page.body());
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT_PAGES)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts exactly {@code fields} to {@code action}, as a form the page already filled in would.
	 */
	public HttpResponse<String> post(String action, List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT_PAGES)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public WebSession signIn(String username, String password) {
		HttpResponse<String> response = submit("/login", "/login", Map.of("username", username, "password", password));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(username + " could not sign in: " + response.statusCode() + " " + location);
		}
		return this;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
