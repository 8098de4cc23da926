package kr.sangsaeng.program;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SangsaengTest
class CatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void whatAnAdministratorChangesInAProgrammeShowsAtTheNextRead() {
		ProgrammeCode code = administration.create(TestProgrammes.uniqueCode("CC"),
				TestProgrammes.draft(Won.of(500_000_000)), Won.of(10_000_000_000L), "admin");
		ProgrammeSummary before = catalogue.find(code).orElseThrow();
		assertThat(catalogue.find(code).orElseThrow().banks()).extracting(ProgrammeSummary.Participant::code)
			.containsExactly("WOORI");
		ProgrammeDraft original = TestProgrammes.draft(Won.of(500_000_000));
		ProgrammeTerms terms = original.terms();
		ProgrammeDraft changed = new ProgrammeDraft(original.name(), original.description(),
				List.of("KODIT", "KIBO"), List.of("IBK", "WOORI"),
				List.of(new ProgrammeDraft.FunderShare("POSCO", Won.of(1_000_000_000L))),
				new ProgrammeTerms(terms.minLoan(), terms.maxLoan(), terms.maxLoanLowerTier(), terms.maxTermMonths(),
						terms.guaranteeRatio(), terms.guaranteeFee(), terms.limits(), terms.feeSubsidy(),
						terms.ratePreferencePoints(), terms.fourEyesThreshold(), terms.opensAt(), terms.closesAt(),
						terms.partnerListRequired(), Set.of(IndustrySection.J)));

		administration.edit(code, code, changed, before.version(), "admin");

		ProgrammeSummary after = catalogue.find(code).orElseThrow();
		assertThat(after.banks()).extracting(ProgrammeSummary.Participant::code).containsExactly("IBK", "WOORI");
		assertThat(after.agencies()).extracting(ProgrammeSummary.Participant::code).containsExactly("KODIT", "KIBO");
		assertThat(after.funders()).extracting(ProgrammeSummary.Funder::code).containsExactly("POSCO");
		assertThat(after.terms().allowedIndustries()).containsExactly(IndustrySection.J);
		assertThat(after.agreements()).extracting(agreement -> agreement.agency().code())
			.containsExactly("KODIT", "KIBO");
		assertThat(catalogue.all()).filteredOn(programme -> programme.code().equals(code))
			.singleElement()
			.satisfies(programme -> assertThat(programme.terms().allowedIndustries()).containsExactly(IndustrySection.J));
	}

	@Test
	void aChangeThatWasReadBeforeItRolledBackIsNotShownLaterInPlaceOfTheOneCommitted() {
		ProgrammeCode code = administration.create(TestProgrammes.uniqueCode("CR"),
				TestProgrammes.draft(Won.of(500_000_000)), Won.of(10_000_000_000L), "admin");
		long version = catalogue.find(code).orElseThrow().version();
		ProgrammeDraft original = TestProgrammes.draft(Won.of(500_000_000));

		new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
			administration.edit(code, code, withBanks(original, "IBK"), version, "admin");
			assertThat(catalogue.find(code).orElseThrow().banks()).extracting(ProgrammeSummary.Participant::code)
				.as("read within the change").containsExactly("IBK");
			transaction.setRollbackOnly();
		});
		administration.edit(code, code, withBanks(original, "IBK", "WOORI"), version, "admin");

		ProgrammeSummary after = catalogue.find(code).orElseThrow();
		assertThat(after.version()).as("the committed change has the version the rolled back one had")
			.isEqualTo(version + 1);
		assertThat(after.banks()).extracting(ProgrammeSummary.Participant::code).containsExactly("IBK", "WOORI");
	}

	private static ProgrammeDraft withBanks(ProgrammeDraft draft, String... banks) {
		return new ProgrammeDraft(draft.name(), draft.description(), draft.agencyCodes(), List.of(banks),
				draft.funders(), draft.terms());
	}

	@Test
	void anyoneSeesTheProgrammesInKoreanByDefault() throws Exception {
		mvc.perform(get("/programmes"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("상생금융 프로그램"),
					containsString("현대차·기아·우리·KB 상생금융 (확대)"), containsString("1조 3,000억 원"),
					containsString("150억 원"), containsString("4,000억 원"),
					containsString("총 " + catalogue.totalCapacity().inWords(Locale.KOREAN)),
					containsString("신용보증기금"), containsString("한국무역보험공사"))));
	}

	@Test
	void readersCanSwitchToEnglish() throws Exception {
		mvc.perform(get("/programmes").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Win-win financing programmes"),
					containsString("Hyundai·Kia·Woori·KB win-win financing (expanded)"),
					containsString("₩1.3 trillion"), containsString("₩15 billion"), containsString("₩400 billion"),
					containsString(catalogue.totalCapacity().inWords(Locale.ENGLISH)),
					not(containsString("1조 3,000억 원")))));
	}

	@Test
	void aProgrammePageShowsCapacityFundersAgencyAndBanks() throws Exception {
		mvc.perform(get("/programmes/POSCO-IBK-KSURE").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Steel export supply-chain preferential funding"),
					containsString("₩400 billion"), containsString("₩400,000,000,000"), containsString("POSCO"),
					containsString("Industrial Bank of Korea"), containsString("Korea Trade Insurance Corporation"),
					containsString("Open"))));
	}

	@Test
	void anUnknownProgrammeIsNotFound() throws Exception {
		mvc.perform(get("/programmes/NO-SUCH-PROGRAMME")).andExpect(status().isNotFound());
		mvc.perform(get("/programmes/<script>"))
			.andExpect(status().isNotFound());
	}

	@Test
	void openDataListsEveryProgrammeInWholeWon() throws Exception {
		CapacityPosition steel = ledger.position(new ProgrammeCode("POSCO-IBK-KSURE"));
		mvc.perform(get("/api/v1/programmes"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(catalogue.published().size())))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].capacityWon").value(1_300_000_000_000L))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI')].agency").value("KODIT"))
			.andExpect(jsonPath("$[?(@.code == 'HMG-KB-WOORI' && @.remainingWon == "
					+ ledger.position(new ProgrammeCode("HMG-KB-WOORI")).remaining().value() + ")]").isNotEmpty())
			.andExpect(jsonPath("$[?(@.code == 'POSCOINTL-KODIT')].capacityWon").value(15_000_000_000L))
			.andExpect(jsonPath("$[?(@.code == 'POSCO-IBK-KSURE')].capacityWon").value(400_000_000_000L))
			.andExpect(jsonPath("$[?(@.code == 'POSCO-IBK-KSURE')].agency").value("K-SURE"))
			.andExpect(jsonPath("$[?(@.code == 'POSCO-IBK-KSURE')].status").value("OPEN"))
			.andExpect(jsonPath("$[?(@.code == 'POSCO-IBK-KSURE' && @.committedWon == " + steel.committed().value()
					+ " && @.disbursedWon == " + steel.disbursed().value() + " && @.remainingWon == "
					+ steel.remaining().value() + ")]").isNotEmpty())
			.andExpect(jsonPath("$[?(@.code == 'POSCO-IBK-KSURE')].name").value("철강 수출 공급망 우대 자금"));
	}

}
