package kr.sangsaeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone talking to the running application over HTTP as a browser would, with cookies and the CSRF token of
 * their session, or a bank's system with its token. Redirects are not followed, so that tests see them.
 */
public record Caller(HttpClient client, String csrf, String token) {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	public static Caller visitor() {
		return new Caller(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build(), null, null);
	}

	/** A visitor of the application on {@code port} holding the CSRF token that its sign-in page gave. */
	public static Caller anonymous(int port) {
		Caller visitor = visitor();
		return visitor.withCsrf(visitor.csrfFrom(port, "/login"));
	}

	public static Caller bankSystem(String token) {
		return new Caller(visitor().client(), null, token);
	}

	/** Signs in through the sign-in form, as people do, and keeps the session's CSRF token. */
	public static Caller signIn(int port, String username, String password) {
		Caller caller = visitor();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + caller.csrfFrom(port, "/login");
		HttpResponse<String> signedIn = caller.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
			.POST(BodyPublishers.ofString(form))
			.build());
		assertThat(signedIn.headers().firstValue("Location")).as(username + " signs in")
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
		return caller.withCsrf(caller.csrfFrom(port, "/"));
	}

	public Caller withCsrf(String csrf) {
		return new Caller(client, csrf, token);
	}

	/** The CSRF token of the first form on {@code page}. */
	public String csrfFrom(int port, String page) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
			.header(HttpHeaders.ACCEPT, "text/html")
			.GET()
			.build());
		Matcher token = CSRF_FIELD.matcher(response.body());
		assertThat(token.find()).as("a form with a CSRF token on " + page).isTrue();
		return token.group(1);
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}
