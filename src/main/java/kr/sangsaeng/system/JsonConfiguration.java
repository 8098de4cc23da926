package kr.sangsaeng.system;

import tools.jackson.core.StreamReadFeature;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the application reads JSON: an object that names the same property twice is refused rather than read with
 * its last value, so that {@code {"amountWon": 999999999999, "amountWon": 1000}} cannot mean one thing to a
 * bank's log and another to us. Boot 4 has no property for Jackson 3's stream read features, hence a customizer.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer refuseDuplicateProperties() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

}
