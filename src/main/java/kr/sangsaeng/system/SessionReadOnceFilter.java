package kr.sangsaeng.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Just outside the session filter: the request reads its session from PostgreSQL once, however often it is asked
 * for (see {@link SessionStore}).
 */
class SessionReadOnceFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SessionStore.readingOnce(() -> chain.doFilter(request, response));
	}

}
