package kr.sangsaeng.audit.internal;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/**
	 * Makes the security rules of pages and of methods publish their refusals (never their grants) as
	 * {@link org.springframework.security.authorization.event.AuthorizationDeniedEvent}s.
	 */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

	/**
	 * Publishes every failed sign-in, also those the default mapping of exceptions to events leaves out (an
	 * account lookup that failed inside), so that each one reaches the trail.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureServiceExceptionEvent.class);
		return publisher;
	}

	@Bean
	FilterRegistrationBean<DeniedAccessRecorder> deniedAccessRecorder(SecurityEvents events) {
		FilterRegistrationBean<DeniedAccessRecorder> registration = new FilterRegistrationBean<>(
				new DeniedAccessRecorder(events));
		registration.setDispatcherTypes(DispatcherType.ERROR);
		// after the security filters (order -100), which restore the signed-in user on the error dispatch
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

}
