package kr.sangsaeng.system;

import java.util.List;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The application's own stylesheets, scripts and images, and the WebJars, each served from a path of its own
 * ({@code spring.web.resources.add-mappings=false} turns off the usual mapping of everything under {@code /**}).
 * Every link that a page builds is looked up among the resource paths, to give WebJars their version: under
 * {@code /**} each link to a page ({@code /applications/…}, {@code /review/…}) was searched for on the class path,
 * which took a third of the CPU during an opening rush.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class StaticResources implements WebMvcConfigurer {

	private static final List<String> FOLDERS = List.of("css", "js", "images");

	private final CacheControl cacheControl;

	StaticResources(WebProperties web) {
		this.cacheControl = web.getResources().getCache().getCachecontrol().toHttpCacheControl();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(cacheControl)
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cacheControl)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
