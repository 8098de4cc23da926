package kr.sangsaeng.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which figures: ministry officials and administrators everything, agency staff their own agency's
 * programmes, nobody else anything.
 */
@SangsaengTest
class DashboardAccessTests {

	private static final List<String> PAGES = List.of("/dashboard", "/dashboard/breakdowns", "/dashboard/index",
			"/dashboard/breakdowns?by=region&programme=HMG-KB-WOORI", "/dashboard/export/programmes.csv",
			"/dashboard/export/breakdown.xlsx?by=bank", "/dashboard/export/index.csv");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void smesAndBankOfficersAreRefused() throws Exception {
		for (String username : List.of("sme.demo", "woori.officer", "ibk.officer")) {
			for (String page : PAGES) {
				mvc.perform(get(page).with(as(username))).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void ministryOfficialsAndAdministratorsSeeEveryProgramme() throws Exception {
		for (String username : List.of("ministry", "admin")) {
			for (String page : PAGES) {
				mvc.perform(get(page).with(as(username))).andExpect(status().isOk());
			}
			mvc.perform(get("/dashboard").param("lang", "en").with(as(username)))
				.andExpect(content().string(allOf(containsString("Hyundai·Kia·Woori·KB win-win financing"),
						containsString("Steel export supply-chain preferential funding"),
						not(containsString("You see the programmes your agency guarantees.")))));
			mvc.perform(get("/dashboard/breakdowns").param("programme", "POSCO-IBK-KSURE").with(as(username)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void agencyStaffSeeOnlyTheProgrammesTheirAgencyGuarantees() throws Exception {
		for (String username : List.of("kodit.reviewer", "kodit.approver")) {
			mvc.perform(get("/dashboard").param("lang", "en").with(as(username)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Hyundai·Kia·Woori·KB win-win financing"),
						containsString("You see the programmes your agency guarantees."),
						not(containsString("Steel export supply-chain preferential funding")))));
			mvc.perform(get("/dashboard/breakdowns").param("programme", "HMG-KB-WOORI").with(as(username)))
				.andExpect(status().isOk());
			mvc.perform(get("/dashboard/breakdowns").param("lang", "en").with(as(username)))
				.andExpect(content().string(not(containsString("Steel export supply-chain preferential funding"))));
			for (String other : List.of("/dashboard/breakdowns?programme=POSCO-IBK-KSURE",
					"/dashboard/index?programme=POSCO-IBK-KSURE", "/dashboard/programmes/POSCO-IBK-KSURE",
					"/dashboard/export/breakdown.csv?by=region&programme=POSCO-IBK-KSURE",
					"/dashboard/export/index.xlsx?programme=POSCO-IBK-KSURE", "/dashboard/programmes/NO-SUCH-PROGRAMME")) {
				mvc.perform(get(other).with(as(username))).andExpect(status().isNotFound());
			}
		}
		// K-SURE carries an agreement of HMG-KB-WOORI besides its own programme; KIBO only the HMG-KB-WOORI one
		mvc.perform(get("/dashboard").param("lang", "en").with(as("ksure.approver")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Steel export supply-chain preferential funding"),
					containsString("Hyundai·Kia·Woori·KB win-win financing"))));
		mvc.perform(get("/dashboard").param("lang", "en").with(as("kibo.approver")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hyundai·Kia·Woori·KB win-win financing"),
					not(containsString("Steel export supply-chain preferential funding")))));
		mvc.perform(get("/dashboard/programmes/POSCO-IBK-KSURE").with(as("kibo.reviewer")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aProgrammeOnTheOverviewDrillsDownToItsBreakdowns() throws Exception {
		mvc.perform(get("/dashboard").with(as("ministry")))
			.andExpect(content().string(containsString("href=\"/dashboard/programmes/HMG-KB-WOORI\"")));
		mvc.perform(get("/dashboard/programmes/HMG-KB-WOORI").with(as("ministry")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/dashboard/breakdowns?programme=HMG-KB-WOORI"));
	}

	@Test
	void breakdownsShowNoCompanyOrPerson() throws Exception {
		for (String grouping : List.of("agency", "bank", "funder", "region", "industry", "size", "tier")) {
			mvc.perform(get("/dashboard/breakdowns").param("by", grouping).with(as("ministry")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("한빛오토텍")), not(containsString("시험기업")),
						not(containsString("314-86-05193")), not(containsString("3148605193")))));
		}
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
