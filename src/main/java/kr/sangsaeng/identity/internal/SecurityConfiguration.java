package kr.sangsaeng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import tools.jackson.databind.json.JsonMapper;

import kr.sangsaeng.identity.BankClient;
import kr.sangsaeng.system.ClientAddresses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may open what. The bank API ({@value #BANK_API}) is for the banks' systems, which present an API token
 * with each request. Pages not listed here need a signed-in user; the modules' pages add their own ownership
 * checks (an SME sees only its own applications, a reviewer only their agency's).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'",
			"object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	static final String BANK_API = "/api/v1/bank/**";

	/**
	 * Where a bank system's authentication is kept for the rest of its request (an asynchronous dispatch). The
	 * pages look elsewhere, so that an error page rendered for a bank API request shows nobody signed in.
	 */
	static final String BANK_CLIENT_CONTEXT = SecurityConfiguration.class.getName() + ".BANK_CLIENT";

	/**
	 * The bank API: every request carries a bank's valid API token ({@code Authorization: Bearer}); no session,
	 * no cookies, so no CSRF token either. Refusals are problem documents, never pages or redirects.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain bankApi(HttpSecurity http, BankClientAuthenticator authenticator, MessageSource messages,
			JsonMapper json) throws Exception {
		BankApiProblems problems = new BankApiProblems(messages, json);
		RequestAttributeSecurityContextRepository contextRepository = new RequestAttributeSecurityContextRepository(
				BANK_CLIENT_CONTEXT);
		http.securityMatcher(BANK_API)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(BankClient.ROLE))
			.addFilterBefore(new BankTokenFilter(authenticator, problems, contextRepository),
					AnonymousAuthenticationFilter.class)
			.securityContext(context -> context.securityContextRepository(contextRepository))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * The pages: form sign-in (throttled, see {@link SignInThrottle}) with a new session id at sign-in, sessions
	 * that end after {@code server.servlet.session.timeout} unused or {@code sangsaeng.sessions.longest} in all,
	 * and whose accounts are disabled; headers that keep the pages out of frames and away from foreign scripts.
	 */
	@Bean
	SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, ApplicationEventPublisher events,
			SessionRegistry sessionRegistry, Clock clock, ClientAddresses addresses,
			@Value("${sangsaeng.sessions.longest:12h}") Duration longestSession) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/actuator", "/actuator/auditchain")
			.hasRole("PROGRAM_ADMIN")
			.requestMatchers("/", "/login", "/register", "/demo/mailbox", "/password-reset", "/password-reset/*",
					"/invitation/*", "/programmes", "/programmes/*", "/api/v1/programmes",
					"/api/v1/statistics", "/actuator/health", "/actuator/health/**", "/actuator/info", "/webjars/**",
					"/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("PROGRAM_ADMIN")
			// agency staff see only their own agency's programmes there (the dashboard module decides which)
			.requestMatchers("/dashboard", "/dashboard/**")
			.hasAnyRole("MINISTRY_OFFICIAL", "PROGRAM_ADMIN", "AGENCY_REVIEWER", "AGENCY_APPROVER")
			.requestMatchers("/review/approvals")
			.hasRole("AGENCY_APPROVER")
			.requestMatchers(HttpMethod.POST, "/review/*/confirm", "/review/*/send-back", "/review/*/reassign",
					"/review/loan-changes/*/confirmation")
			.hasRole("AGENCY_APPROVER")
			.requestMatchers("/review", "/review/**")
			.hasAnyRole("AGENCY_REVIEWER", "AGENCY_APPROVER")
			// any agency's officers check the business registration certificates SMEs upload to prove their number
			.requestMatchers("/agency/registration-certificates", "/agency/registration-certificates/**")
			.hasAnyRole("AGENCY_REVIEWER", "AGENCY_APPROVER")
			.requestMatchers("/disbursements", "/disbursements/**")
			.hasRole("BANK_OFFICER")
			// a claim is paid or rejected by an approver; anyone of the agency recommends and records recoveries
			.requestMatchers(HttpMethod.POST, "/claims/*/payment", "/claims/*/rejection")
			.hasRole("AGENCY_APPROVER")
			.requestMatchers("/claims", "/claims/**")
			.hasAnyRole("AGENCY_REVIEWER", "AGENCY_APPROVER")
			.requestMatchers("/funder/**")
			.hasRole("FUNDER")
			.requestMatchers("/applications", "/applications/**")
			.hasRole("SME_APPLICANT")
			.requestMatchers("/company/**")
			.hasRole("SME_APPLICANT")
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(signInFailures()))
			.addFilterBefore(new SignInThrottleFilter(throttle, events, addresses), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(clock, longestSession), SecurityContextHolderFilter.class)
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.invalidateHttpSession(true)
				.clearAuthentication(true))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?ended"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frames -> frames.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * The open sessions of each account, found in the session store that all instances share, so that disabling
	 * an account ends its sessions on every instance.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * The password is checked before anything else is said about an account: a disabled account is told so only
	 * when the right password was given, so that the answer tells someone guessing nothing.
	 */
	@Bean
	DaoAuthenticationProvider passwordSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(account -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	private static AuthenticationFailureHandler signInFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(Map.of(DisabledException.class.getName(), "/login?disabled"));
		failures.setDefaultFailureUrl("/login?error");
		return failures;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
