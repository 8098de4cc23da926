package kr.sangsaeng.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Bounded work: a limit on submissions in flight, and a waiting page instead of an error when there is no room.
 * Tomcat's threads and queue and the connection pool are bounded in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OverloadProperties.class)
class OverloadConfiguration {

	/**
	 * Inside the filter below (which holds the answer back) and before the session filter and the security chain,
	 * so that a submission without room costs no database work.
	 */
	@Bean
	FilterRegistrationBean<SubmissionGateFilter> submissionGateFilter(SubmissionGate gate, Overload overload,
			WaitingPages waitingPages, WaitingLine line, OverloadProperties properties) {
		FilterRegistrationBean<SubmissionGateFilter> registration = new FilterRegistrationBean<>(
				new SubmissionGateFilter(gate, overload, waitingPages, line, properties.submissionPaths(),
						properties.anonymousSubmissionPaths()));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 5);
		return registration;
	}

	/**
	 * Before the session filter, which is the first to need the database on most requests.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(Overload overload) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(overload));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		return registration;
	}

}
