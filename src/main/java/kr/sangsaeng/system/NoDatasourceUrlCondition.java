package kr.sangsaeng.system;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no {@code spring.datasource.url} is set.
 */
class NoDatasourceUrlCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		return StringUtils.hasText(url) ? ConditionOutcome.noMatch("spring.datasource.url is set")
				: ConditionOutcome.match("no spring.datasource.url");
	}

}
