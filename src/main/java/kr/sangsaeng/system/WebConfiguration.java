package kr.sangsaeng.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean by default, English on request ({@code ?lang=en}, remembered in a cookie); amounts of won shown in the
 * reader's words.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_PARAMETER = "lang";

	static final Set<String> SUPPORTED_LANGUAGES = Set.of("ko", "en");

	@Bean
	SeoulTime seoulTime() {
		return new SeoulTime();
	}

	@Bean
	MessageSource messageSource(Environment environment) {
		ReadableMessageSource messages = new ReadableMessageSource();
		messages.setBasenames(environment.getRequiredProperty("spring.messages.basename").split("\\s*,\\s*"));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("sangsaeng-lang") {

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, isSupported(locale) ? locale : Locale.KOREAN);
			}

		};
		resolver.setDefaultLocale(Locale.KOREAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	static boolean isSupported(Locale locale) {
		return locale != null && SUPPORTED_LANGUAGES.contains(locale.getLanguage());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				try {
					return super.preHandle(request, response, handler);
				}
				catch (IllegalStateException unreadableRequest) {
					// an oversized or broken form body: keep the language the reader had
					return true;
				}
			}

		};
		languageSwitch.setParamName(LANGUAGE_PARAMETER);
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new WonInWords());
		// an address that names no application is answered as one that names another's: not found
		registry.addConverter(String.class, ApplicationId.class,
				text -> ApplicationId.parse(text).orElseThrow(() -> new IllegalArgumentException("Not an application id")));
	}

	/**
	 * Prints {@code ${{amount}}} in the reader's words and reads what people type into amount fields.
	 */
	static class WonInWords implements Formatter<Won> {

		@Override
		public String print(Won amount, Locale locale) {
			return amount.inWords(locale);
		}

		@Override
		public Won parse(String text, Locale locale) {
			return WonInput.parse(text);
		}

	}

}
