package kr.sangsaeng.company.web;

import java.util.List;
import java.util.Map;

import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives partner-list controllers their {@link PartnerListScope}: the funder named in the address for an
 * administrator, the signed-in funder's own list otherwise. An unknown funder is not found.
 */
@Component
class PartnerListScopes implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static final String FUNDER_VARIABLE = "funderCode";

	private final PartnerLists lists;

	PartnerListScopes(PartnerLists lists) {
		this.lists = lists;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PartnerListScope.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		SignedInUser user = signedIn();
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		String named = variables == null ? null : variables.get(FUNDER_VARIABLE);
		if (named != null && user.hasRole(Role.PROGRAM_ADMIN)) {
			return PartnerListScope.administered(lists.funder(named));
		}
		if (named == null && user.hasRole(Role.FUNDER)) {
			return PartnerListScope.own(lists.funder(user.organisation().funderCode().value()));
		}
		throw new AccessDeniedException("Partner lists are kept by administrators and by each funder");
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user;
		}
		throw new AccessDeniedException("Not signed in");
	}

}
