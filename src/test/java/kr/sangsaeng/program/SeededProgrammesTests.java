package kr.sangsaeng.program;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class SeededProgrammesTests {

	@Autowired
	ProgrammeCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theThreeProgrammesOfTheStrategyAreOpenWithTheirAnnouncedCapacity() {
		Map<String, ProgrammeSummary> programmes = catalogue.published()
			.stream()
			.collect(Collectors.toMap(programme -> programme.code().value(), programme -> programme));

		assertThat(programmes).containsKeys("HMG-KB-WOORI", "POSCOINTL-KODIT", "POSCO-IBK-KSURE");
		assertThat(programmes.get("HMG-KB-WOORI").capacity()).isEqualTo(Won.of(1_300_000_000_000L));
		assertThat(programmes.get("POSCOINTL-KODIT").capacity()).isEqualTo(Won.of(15_000_000_000L));
		assertThat(programmes.get("POSCO-IBK-KSURE").capacity()).isEqualTo(Won.of(400_000_000_000L));
		assertThat(jdbc.sql("select sum(capacity_won) from programme "
				+ "where code in ('HMG-KB-WOORI', 'POSCOINTL-KODIT', 'POSCO-IBK-KSURE')")
			.query(Long.class)
			.single()).isEqualTo(1_715_000_000_000L);
		assertThat(programmes.get("HMG-KB-WOORI").status()).isEqualTo(ProgrammeStatus.OPEN);
		assertThat(programmes.get("POSCOINTL-KODIT").status()).isEqualTo(ProgrammeStatus.OPEN);
		assertThat(programmes.get("POSCO-IBK-KSURE").status()).isEqualTo(ProgrammeStatus.OPEN);
	}

	@Test
	void eachProgrammeNamesItsFundersAgencyAndBanks() {
		ProgrammeSummary hmg = catalogue.findPublished(new ProgrammeCode("HMG-KB-WOORI")).orElseThrow();
		assertThat(hmg.funders()).extracting(ProgrammeSummary.Funder::code)
			.as("in the order of the announcement")
			.containsExactly("HYUNDAI", "KIA", "WOORI", "KB");
		assertThat(hmg.leadAgency().code()).isEqualTo("KODIT");
		assertThat(hmg.banks()).extracting(ProgrammeSummary.Participant::code).containsExactlyInAnyOrder("WOORI", "KB");

		ProgrammeSummary posco = catalogue.findPublished(new ProgrammeCode("POSCO-IBK-KSURE")).orElseThrow();
		assertThat(posco.leadAgency().name().english()).isEqualTo("Korea Trade Insurance Corporation");
		assertThat(posco.funders()).extracting(ProgrammeSummary.Funder::code).containsExactlyInAnyOrder("POSCO", "IBK");

		ProgrammeSummary poscoInternational = catalogue.findPublished(new ProgrammeCode("POSCOINTL-KODIT"))
			.orElseThrow();
		assertThat(poscoInternational.funders()).extracting(ProgrammeSummary.Funder::code).containsExactly("POSCOINTL");
	}

	@Test
	void capacityIsTheSumOfTheLedgerEntries() {
		Map<String, Long> ledgerSums = jdbc
			.sql("select p.code, sum(case e.kind when 'DECREASE' then -e.amount_won else e.amount_won end) "
					+ "from capacity_ledger_entry e join programme p on p.id = e.programme_id group by p.code")
			.query((row, number) -> Map.entry(row.getString(1), row.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(catalogue.all()).allSatisfy(programme -> assertThat(ledgerSums.get(programme.code().value()))
			.as(programme.code().value())
			.isEqualTo(programme.capacity().value()));
	}

	@Test
	void theSeededProgrammesHaveRealisticTerms() {
		ProgrammeTerms hmg = catalogue.findPublished(new ProgrammeCode("HMG-KB-WOORI")).orElseThrow().terms();
		assertThat(hmg.maxLoan()).isEqualTo(Won.of(5_000_000_000L));
		assertThat(hmg.maxLoanForTier(2)).isEqualTo(Won.of(2_000_000_000L));
		assertThat(hmg.maxLoanForTier(1)).isEqualTo(Won.of(5_000_000_000L));
		assertThat(hmg.partnerListRequired()).isTrue();
		assertThat(hmg.guaranteeRatio().plain()).isEqualTo("100");
		ProgrammeTerms steel = catalogue.findPublished(new ProgrammeCode("POSCO-IBK-KSURE")).orElseThrow().terms();
		assertThat(steel.partnerListRequired()).isFalse();
		assertThat(steel.allowsIndustry(kr.sangsaeng.shared.IndustrySection.C)).isTrue();
		assertThat(steel.allowsIndustry(kr.sangsaeng.shared.IndustrySection.I)).isFalse();
		assertThat(steel.windowIncludes(java.time.Instant.parse("2026-06-01T00:00:00Z"))).isTrue();
	}

	@Test
	void theGuaranteeAgenciesAreReferenceData() {
		assertThat(jdbc.sql("select code from guarantee_agency order by code").query(String.class).list())
			.containsExactly("K-SURE", "KIBO", "KODIT");
	}

}
