package kr.sangsaeng.system;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is shown, so that every page can say so ({@code ${@demoMode.enabled}} in templates).
 */
@Component("demoMode")
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		this.enabled = environment.acceptsProfiles(Profiles.of("demo"));
	}

	public boolean isEnabled() {
		return enabled;
	}

}
