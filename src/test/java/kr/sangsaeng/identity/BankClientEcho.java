package kr.sangsaeng.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bank API endpoint for the tests only: it says which bank system is asking.
 */
@RestController
@RequestMapping("/api/v1/bank/whoami")
class BankClientEcho {

	@GetMapping
	Map<String, Object> whoami(@AuthenticationPrincipal BankClient client) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("bank", client.bankCode().value());
		answer.put("kind", client.bank().kind().name());
		answer.put("organisationId", client.bank().id());
		answer.put("tokenId", client.tokenId());
		answer.put("tokenName", client.tokenName());
		return answer;
	}

	/**
	 * Something no bank system may do.
	 */
	@GetMapping("/administration")
	@PreAuthorize("hasRole('PROGRAM_ADMIN')")
	Map<String, Object> administration() {
		return Map.of("administered", true);
	}

}
