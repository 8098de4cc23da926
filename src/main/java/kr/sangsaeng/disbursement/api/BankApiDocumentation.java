package kr.sangsaeng.disbursement.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * How the API describes itself at {@code /v3/api-docs}: bank systems present their bank's token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Sangsaeng API", version = "v1",
		description = "Open programme data, and the guaranteed loans of lending banks with their disbursements. "
				+ "Amounts are whole won. Errors are application/problem+json (RFC 9457)."))
@SecurityScheme(name = BankApiDocumentation.BANK_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "The API token of your bank, issued by the programme administrator")
class BankApiDocumentation {

	static final String BANK_TOKEN = "bankToken";

}
