package kr.sangsaeng.identity.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.sangsaeng.identity.internal.InvalidBankTokenException.Reason;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests to the bank API by the token in their {@code Authorization: Bearer} header. A request
 * without a bearer token goes on unauthenticated (and is refused by the rules of the bank API); one with a
 * malformed, unknown or revoked token is refused here.
 */
class BankTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer";

	/** The characters of RFC 6750's b64token; no issued token is longer than a few dozen. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]{1,200}=*");

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final BankClientAuthenticator authenticator;

	private final AuthenticationEntryPoint refusals;

	private final SecurityContextRepository contextRepository;

	BankTokenFilter(BankClientAuthenticator authenticator, AuthenticationEntryPoint refusals,
			SecurityContextRepository contextRepository) {
		this.authenticator = authenticator;
		this.refusals = refusals;
		this.contextRepository = contextRepository;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
		if (headers.stream().noneMatch(BankTokenFilter::isBearer)) {
			chain.doFilter(request, response);
			return;
		}
		try {
			String token = token(headers);
			SecurityContext context = contexts.createEmptyContext();
			context.setAuthentication(new BankClientAuthentication(authenticator.authenticate(token)));
			contexts.setContext(context);
			contextRepository.saveContext(context, request, response);
		}
		catch (AuthenticationException refused) {
			contexts.clearContext();
			refusals.commence(request, response, refused);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isBearer(String header) {
		return header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				&& (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
	}

	private static String token(List<String> headers) {
		if (headers.size() != 1) {
			throw new InvalidBankTokenException(Reason.MALFORMED);
		}
		String token = headers.get(0).substring(SCHEME.length()).strip();
		if (!TOKEN.matcher(token).matches()) {
			throw new InvalidBankTokenException(Reason.MALFORMED);
		}
		return token;
	}

}
