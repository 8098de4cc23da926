package kr.sangsaeng.company;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.web.Notice;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;
import kr.sangsaeng.shared.LocalizedName;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A tier-1 partner of POSCO nominates its own tier-2 and tier-3 suppliers; POSCO confirms one, which joins its
 * partner list at that tier, and refuses another with a reason the partner reads; the partner withdraws one still
 * waiting. Hyundai Motor, and other companies, see none of it.
 */
@SangsaengTest
@WithUserDetails("posco.funder")
class SupplierNominationPagesTests {

	private static final FunderCode POSCO = new FunderCode("POSCO");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupplierNominations nominations;

	@Autowired
	PartnerRegistry registry;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@Test
	void eachFieldOfTheNominationSaysWhatIsWrongAndNothingIsNominated() throws Exception {
		Applicant partner = tierOnePartner();
		String listed = TestSmes.validBusinessNumber();
		TestSmes.addPartner(jdbc, "POSCO", listed, 2);
		String supplier = TestSmes.validBusinessNumber();

		Document form = nominate(partner, "POSCO", "123", "(주)부품", "TIER_2", "", "abc");
		assertThat(form.selectFirst("#businessNumber-error").text()).isNotBlank();
		assertThat(form.selectFirst("#yearlyTrade-error").text()).isNotBlank();

		form = nominate(partner, "POSCO", partner.businessNumber(), "(주)부품", "TIER_2", "", "");
		assertThat(form.selectFirst("#businessNumber-error").text())
			.isEqualTo("자사의 사업자등록번호입니다. 협력사의 번호를 입력하세요.");
		form = nominate(partner, "POSCO", listed, "(주)부품", "TIER_2", "", "");
		assertThat(form.selectFirst("#businessNumber-error").text()).isEqualTo("이미 출연기관의 협력사 명단에 있는 기업입니다.");
		form = nominate(partner, "POSCO", supplier, "(주)부품", "TIER_3", "", "");
		assertThat(form.selectFirst("#throughNumber-error").text())
			.isEqualTo("3차 협력사는 경유하는 2차 협력사를 입력하세요.");
		form = nominate(partner, "POSCO", supplier, "(주)부품", "TIER_3", TestSmes.validBusinessNumber(), "");
		assertThat(form.selectFirst("#throughNumber-error").text())
			.isEqualTo("이 출연기관에 추천한(대기 중이거나 확인된) 2차 협력사를 입력하세요.");
		form = nominate(partner, "", "", "", "TIER_1", "", "");
		assertThat(form.select(".invalid-feedback").eachAttr("id")).containsExactlyInAnyOrder("funderCode-error",
				"businessNumber-error", "companyName-error", "tier-error");

		assertThat(nominations.madeBy(partner.organisationId())).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'nomination.%' and subject in "
				+ "(select 'nomination:' || id from supplier_nomination where nominator_number = :number)")
			.param("number", partner.businessNumber())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyATierOnePartnerNominatesAndADuplicateIsRefused() throws Exception {
		Applicant tierTwo = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", tierTwo.businessNumber(), 2);
		Applicant unlisted = TestSmes.newSme(jdbc);

		assertThat(page(get("/company/suppliers").with(user(company(unlisted)))).select(".not-tier-one")).hasSize(1);
		mvc.perform(get("/company/suppliers/new").with(user(company(tierTwo)))).andExpect(status().isNotFound());
		mvc.perform(post("/company/suppliers/new").with(csrf()).with(user(company(tierTwo)))
			.param("funderCode", "POSCO")
			.param("businessNumber", TestSmes.validBusinessNumber())
			.param("companyName", "(주)하청")
			.param("tier", "TIER_2")).andExpect(status().isNotFound());
		assertThat(nominations.madeBy(tierTwo.organisationId())).isEmpty();

		Applicant first = tierOnePartner();
		Applicant second = tierOnePartner();
		String supplier = TestSmes.validBusinessNumber();
		nominated(first, supplier, "TIER_2", "");
		Document form = nominate(second, "POSCO", supplier, "(주)공동납품", "TIER_2", "", "");
		assertThat(form.selectFirst("#businessNumber-error").text())
			.isEqualTo("이미 이 출연기관에 추천되어 결정을 기다리는 기업입니다.");
		assertThat(messages.getMessage("nomination.error.duplicate", null, Locale.ENGLISH))
			.isEqualTo("This company has already been nominated to this funder and is waiting for its decision.");
		assertThat(nominations.madeBy(second.organisationId())).isEmpty();
	}

	@Test
	void theFunderConfirmsATierTwoSupplierRefusesATierThreeOneAndThePartnerSeesWhy() throws Exception {
		Applicant partner = tierOnePartner();
		String tierTwo = TestSmes.validBusinessNumber();
		String tierThree = TestSmes.validBusinessNumber();
		String withdrawn = TestSmes.validBusinessNumber();
		NominationView second = nominated(partner, tierTwo, "TIER_2", "");
		NominationView third = nominated(partner, tierThree, "TIER_3", tierTwo);
		NominationView toWithdraw = nominated(partner, withdrawn, "TIER_2", "");
		assertThat(third.through()).isEqualTo(BusinessRegistrationNumber.parse(tierTwo));
		Document mine = page(get("/company/suppliers").with(user(company(partner))));
		assertThat(mine.selectFirst("#nomination-" + third.id() + " .nomination-state").text())
			.isEqualTo("출연기관 확인 대기");
		assertThat(mine.selectFirst("#nomination-" + third.id()).text()).contains("3차", "경유");

		Document funderList = page(get("/funder/nominations"));
		assertThat(funderList.select("#nomination-" + second.id() + " form")).hasSize(1);
		String nominator = number(partner).formatted();
		assertThat(funderList.selectFirst("#nomination-" + second.id() + " .nomination-nominator").text())
			.isEqualTo(partner.companyName() + " " + nominator);
		assertThat(page(get("/funder/nominations/" + third.id() + "/refuse").param("lang", "en"))
			.selectFirst(".lead").text()).contains("by " + partner.companyName() + " (" + nominator + ")");
		RequestPostProcessor hyundai = user(users.loadUserByUsername("hyundai.funder"));
		mvc.perform(post("/funder/nominations/" + second.id() + "/confirm").with(csrf()).with(hyundai))
			.andExpect(status().isNotFound());
		mvc.perform(get("/funder/nominations/" + second.id() + "/refuse").with(hyundai))
			.andExpect(status().isNotFound());
		assertThat(page(get("/funder/nominations").with(hyundai)).select("#nomination-" + second.id())).isEmpty();
		mvc.perform(post("/company/suppliers/" + toWithdraw.id() + "/withdraw").with(csrf())
			.with(user(company(tierOnePartner())))).andExpect(status().isNotFound());
		Applicant claimant = new Applicant(TestSmes.newSme(jdbc).organisationId(), partner.businessNumber(),
				"(주)같은번호", "claimant@example.kr");
		assertThat(page(get("/company/suppliers").with(user(company(claimant)))).select("#nomination-" + second.id()))
			.isEmpty();
		mvc.perform(post("/company/suppliers/" + toWithdraw.id() + "/withdraw").with(csrf())
			.with(user(company(claimant)))).andExpect(status().isNotFound());

		FlashMap early = mvc.perform(post("/funder/nominations/" + third.id() + "/confirm").with(csrf()))
			.andExpect(redirectedUrl("/funder/nominations"))
			.andReturn()
			.getFlashMap();
		assertThat(early.get("notice")).isInstanceOfSatisfying(Notice.class,
				notice -> assertThat(messages.getMessage(notice.key(), notice.arguments(), Locale.KOREAN))
					.contains("먼저 확인하세요"));
		assertThat(registry.tierOf("POSCO", BusinessRegistrationNumber.parse(tierThree))).isEmpty();

		mvc.perform(post("/funder/nominations/" + second.id() + "/confirm").with(csrf()))
			.andExpect(redirectedUrl("/funder/nominations"));
		assertThat(registry.tierOf("POSCO", BusinessRegistrationNumber.parse(tierTwo))).contains(PartnerTier.TIER_2);

		Document refusal = page(post("/funder/nominations/" + third.id() + "/refuse").with(csrf()).param("reason", " "));
		assertThat(refusal.selectFirst("#reason-error").text()).isEqualTo("추천을 거절하는 사유를 쓰세요. 추천한 협력사가 봅니다.");
		mvc.perform(post("/funder/nominations/" + third.id() + "/refuse").with(csrf())
			.param("reason", "거래 실적을 확인할 수 없습니다."))
			.andExpect(redirectedUrl("/funder/nominations"));
		assertThat(registry.tierOf("POSCO", BusinessRegistrationNumber.parse(tierThree))).isEmpty();

		mvc.perform(post("/company/suppliers/" + toWithdraw.id() + "/withdraw").with(csrf())
			.with(user(company(partner)))).andExpect(redirectedUrl("/company/suppliers"));
		mvc.perform(post("/funder/nominations/" + toWithdraw.id() + "/confirm").with(csrf()))
			.andExpect(redirectedUrl("/funder/nominations"));
		assertThat(registry.tierOf("POSCO", BusinessRegistrationNumber.parse(withdrawn))).isEmpty();

		mine = page(get("/company/suppliers").with(user(company(partner))));
		assertThat(mine.selectFirst("#nomination-" + second.id() + " .nomination-state").text()).isEqualTo("확인됨");
		assertThat(mine.selectFirst("#nomination-" + third.id() + " .nomination-state").text())
			.isEqualTo("거절됨 출연기관 사유: 거래 실적을 확인할 수 없습니다.");
		assertThat(mine.selectFirst("#nomination-" + toWithdraw.id() + " .nomination-state").text()).isEqualTo("철회됨");
		assertThat(mine.select("#nomination-" + toWithdraw.id() + " form")).isEmpty();

		await().until(() -> notificationKinds(partner).containsAll(List.of("SUPPLIER_CONFIRMED", "SUPPLIER_REFUSED")));
		Document notices = page(get("/notifications").with(user(company(partner))));
		assertThat(notices.select("a.notification-item[href='/company/suppliers']").eachText()).hasSize(2)
			.anySatisfy(text -> assertThat(text).contains("출연기관이 추천하신 협력사를 확인했습니다"))
			.anySatisfy(text -> assertThat(text).contains("출연기관이 추천하신 협력사를 거절했습니다"));
		assertThat(actions(second)).containsExactly("nomination.nominated", "nomination.confirmed");
		assertThat(actions(third)).containsExactly("nomination.nominated", "nomination.refused");
		assertThat(actions(toWithdraw)).containsExactly("nomination.nominated", "nomination.withdrawn");
	}

	@Test
	void twoPartnersNominatingOneSupplierAtOnceLeaveOneNominationAndTwoConfirmationsListItOnce() throws Exception {
		Applicant first = tierOnePartner();
		Applicant second = tierOnePartner();
		BusinessRegistrationNumber supplier = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());

		List<Object> outcomes = atOnce(List.of(
				() -> nominations.nominate("POSCO", first.organisationId(), number(first), supplier, "(주)경합부품",
						PartnerTier.TIER_2, null, null, null, first.username()),
				() -> nominations.nominate("POSCO", second.organisationId(), number(second), supplier, "(주)경합부품",
						PartnerTier.TIER_2, null, null, null, second.username())));
		assertThat(outcomes).filteredOn(NominationView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(NominationRuleException.class::isInstance)
			.singleElement()
			.extracting(refused -> ((NominationRuleException) refused).messageKey())
			.isEqualTo("nomination.error.duplicate");
		NominationView made = (NominationView) outcomes.stream()
			.filter(NominationView.class::isInstance)
			.findFirst()
			.orElseThrow();

		outcomes = atOnce(List.of(() -> nominations.confirm(POSCO, made.id(), "posco.funder"),
				() -> nominations.confirm(POSCO, made.id(), "posco.funder")));
		assertThat(outcomes).filteredOn(NominationView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(NominationRuleException.class::isInstance).hasSize(1);
		assertThat(registry.tierOf("POSCO", supplier)).contains(PartnerTier.TIER_2);
		assertThat(jdbc.sql("select count(*) from supplier_nomination where business_number = :number")
			.param("number", supplier.digits())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * Runs the calls on threads of their own, released together; each gives its result or the rule it broke.
	 */
	private static List<Object> atOnce(List<Callable<Object>> calls) throws InterruptedException {
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> running = new ArrayList<>();
			for (Callable<Object> call : calls) {
				running.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> outcome : running) {
				try {
					outcomes.add(outcome.get());
				}
				catch (ExecutionException failed) {
					outcomes.add(failed.getCause());
				}
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Applicant tierOnePartner() {
		Applicant sme = TestSmes.newSme(jdbc);
		TestSmes.addPartner(jdbc, "POSCO", sme.businessNumber(), 1);
		return sme;
	}

	private NominationView nominated(Applicant partner, String supplier, String tier, String through)
			throws Exception {
		mvc.perform(post("/company/suppliers/new").with(csrf())
			.with(user(company(partner)))
			.param("funderCode", "POSCO")
			.param("businessNumber", supplier)
			.param("companyName", "(주)납품 " + supplier)
			.param("tier", tier)
			.param("throughNumber", through)
			.param("reason", "10년째 핵심 부품을 납품합니다.")
			.param("yearlyTrade", "12억"))
			.andExpect(redirectedUrl("/company/suppliers"));
		NominationView made = nominations.madeBy(partner.organisationId()).get(0);
		assertThat(made.businessNumber()).isEqualTo(supplier);
		assertThat(nominations.oneMadeTo(POSCO, made.id()).yearlyTrade().value()).isEqualTo(1_200_000_000L);
		return made;
	}

	private Document nominate(Applicant partner, String funder, String supplier, String name, String tier,
			String through, String yearlyTrade) throws Exception {
		return page(post("/company/suppliers/new").with(csrf())
			.with(user(company(partner)))
			.param("funderCode", funder)
			.param("businessNumber", supplier)
			.param("companyName", name)
			.param("tier", tier)
			.param("throughNumber", through)
			.param("yearlyTrade", yearlyTrade));
	}

	private List<String> actions(NominationView nomination) {
		return jdbc.sql("select action from audit_entry where subject = :subject order by sequence_number")
			.param("subject", "nomination:" + nomination.id())
			.query(String.class)
			.list();
	}

	private List<String> notificationKinds(Applicant sme) {
		return jdbc.sql("select kind from notification where organisation_id = :organisation")
			.param("organisation", sme.organisationId())
			.query(String.class)
			.list();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static BusinessRegistrationNumber number(Applicant sme) {
		return BusinessRegistrationNumber.parse(sme.businessNumber());
	}

	private static SignedInUser company(Applicant sme) {
		return new SignedInUser(-sme.organisationId(), sme.username(), "unused", "대표", Role.SME_APPLICANT,
				new OrganisationRef(sme.organisationId(), OrganisationKind.SME, sme.businessNumber(),
						new LocalizedName(sme.companyName(), sme.companyName())),
				true);
	}

}
