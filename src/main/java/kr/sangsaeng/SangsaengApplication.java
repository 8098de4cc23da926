package kr.sangsaeng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Every top-level package is an application module that declares the modules it may use; {@code shared} holds
 * the value types all of them speak in.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class SangsaengApplication {

	public static void main(String[] args) {
		SpringApplication.run(SangsaengApplication.class, args);
	}

}
