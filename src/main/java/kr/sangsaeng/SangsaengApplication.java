package kr.sangsaeng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SangsaengApplication {

	public static void main(String[] args) {
		SpringApplication.run(SangsaengApplication.class, args);
	}

}
