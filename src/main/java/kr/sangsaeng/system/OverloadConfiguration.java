package kr.sangsaeng.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounded work: a limit on submissions in flight, and a waiting page instead of an error when there is no room.
 * Tomcat's threads and queue and the connection pool are bounded in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OverloadProperties.class)
class OverloadConfiguration implements WebMvcConfigurer {

	private final SubmissionGate gate;

	private final OverloadProperties properties;

	OverloadConfiguration(SubmissionGate gate, OverloadProperties properties) {
		this.gate = gate;
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (!properties.submissionPaths().isEmpty()) {
			registry.addInterceptor(new SubmissionGateInterceptor(gate))
				.addPathPatterns(properties.submissionPaths().toArray(String[]::new));
		}
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
