package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partner lists are for programme administrators only: every other role is refused every page and every action,
 * and the lists stay as they were.
 */
@SangsaengTest
class PartnerAccessTests {

	static final BusinessRegistrationNumber DEMO_SME = BusinessRegistrationNumber.parse("314-86-05193");

	static final String HYUNDAI = "/admin/partners/HYUNDAI";

	static final BusinessRegistrationNumber INTRUDER = TestNumbers.number("981", 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	PartnerLists lists;

	static List<AbstractMockHttpServletRequestBuilder<?>> everyPageAndAction() {
		String partner = HYUNDAI + "/" + DEMO_SME.digits();
		String waitingImport = HYUNDAI + "/import/" + UUID.randomUUID();
		return List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/admin/partners"), get(HYUNDAI), get(HYUNDAI).param("q", "한빛"), get(HYUNDAI + "/new"),
				post(HYUNDAI + "/new").param("businessRegistrationNumber", INTRUDER.formatted())
					.param("companyName", "침입자")
					.param("tier", "TIER_1"),
				get(partner + "/edit"),
				post(partner + "/edit").param("companyName", "바뀐 이름").param("tier", "TIER_3"),
				get(partner + "/remove"), post(partner + "/remove"), get(HYUNDAI + "/export"), get(HYUNDAI + "/import"),
				multipart(HYUNDAI + "/import").file(new MockMultipartFile("file", "partners.csv", "text/csv",
						("사업자등록번호,회사명,차수\n" + INTRUDER.formatted() + ",침입자,1\n").getBytes(StandardCharsets.UTF_8))),
				get(waitingImport), post(waitingImport + "/import"), post(waitingImport + "/discard"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ministry", "kodit.reviewer", "kodit.approver", "ksure.reviewer", "ksure.approver",
			"woori.officer", "ibk.officer", "sme.demo" })
	void everyOtherRoleIsRefusedEveryPartnerPageAndAction(String username) throws Exception {
		RequestPostProcessor signedIn = user(accounts.loadUserByUsername(username));
		for (AbstractMockHttpServletRequestBuilder<?> request : everyPageAndAction()) {
			mvc.perform(request.with(signedIn).with(csrf())).andExpect(status().isForbidden());
		}
		assertTheListIsUntouched();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (AbstractMockHttpServletRequestBuilder<?> request : everyPageAndAction()) {
			mvc.perform(request.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		assertTheListIsUntouched();
	}

	@Test
	void theProgrammeAdministratorMayOpenThePages() throws Exception {
		RequestPostProcessor admin = user(accounts.loadUserByUsername("admin"));
		for (String page : new String[] { "/admin/partners", HYUNDAI, HYUNDAI + "/new",
				HYUNDAI + "/" + DEMO_SME.digits() + "/edit", HYUNDAI + "/" + DEMO_SME.digits() + "/remove",
				HYUNDAI + "/import", HYUNDAI + "/export" }) {
			mvc.perform(get(page).with(admin)).andExpect(status().isOk());
		}
	}

	private void assertTheListIsUntouched() {
		assertThat(registry.tierOf("HYUNDAI", DEMO_SME)).contains(PartnerTier.TIER_1);
		assertThat(lists.partner("HYUNDAI", DEMO_SME).companyName()).isEqualTo("(주)한빛오토텍");
		assertThat(registry.isPartner("HYUNDAI", INTRUDER)).isFalse();
	}

}
