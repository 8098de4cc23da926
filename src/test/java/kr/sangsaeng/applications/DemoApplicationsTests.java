package kr.sangsaeng.applications;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.PartnerRegistry;
import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.dashboard.FunderDashboard;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.FunderCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class DemoApplicationsTests {

	private static final FunderCode POSCO = new FunderCode("POSCO");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoApplications demo;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	PartnerRegistry partners;

	@Autowired
	FunderDashboard dashboard;

	@Test
	void aDemoApplicantNoFunderOfItsProgrammeListedJoinsTheFirstFundersListAndCountsForItOnce() {
		Applicant sme = TestSmes.newSme(jdbc);
		ApplicationId id = TestSmes.submitted(applications, sme);
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(sme.businessNumber());
		assertThat(partners.partnershipsOf(number)).isEmpty();
		assertThat(standing(id)).isEqualTo("-");
		long counted = dashboard.of(POSCO).total().applications();

		demo.listUnlistedApplicants(List.of(id.value()));
		demo.listUnlistedApplicants(List.of(id.value()));

		PartnerTier tier = partners.tierOf("POSCO", number).orElseThrow();
		assertThat(partners.partnershipsOf(number)).containsOnlyKeys("POSCO");
		assertThat(standing(id)).isEqualTo("POSCO " + tier.number());
		assertThat(jdbc.sql("select count(*) from partner where business_number = :number")
			.param("number", number.digits())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(dashboard.of(POSCO).total().applications()).isEqualTo(counted + 1);
	}

	private String standing(ApplicationId id) {
		return jdbc.sql("select coalesce(partner_funder_code || ' ' || partner_tier, '-') from guarantee_application "
				+ "where id = :id")
			.param("id", id.value())
			.query(String.class)
			.single();
	}

	@Test
	void theDemoApplicationsGotTheirReceiptNumbersInTheOrderTheyWereSubmitted() {
		// the demo SME's own applications come last; tests submit theirs later still
		String demo = "receipt_number <= (select max(receipt_number) from guarantee_application "
				+ "where business_number = '" + DemoApplications.DEMO_SME + "')";
		long demoApplications = jdbc.sql("select count(*) from guarantee_application where " + demo)
			.query(Long.class)
			.single();
		long outOfOrder = jdbc.sql("select count(*) from (select submitted_at, lag(submitted_at) over (order by "
				+ "receipt_number) as before from guarantee_application where " + demo + ") receipts "
				+ "where submitted_at < before")
			.query(Long.class)
			.single();

		assertThat(demoApplications).isGreaterThan(200);
		assertThat(outOfOrder).isZero();
	}

	@Test
	void everySubmittedDemoApplicationHoldsTheDocumentsItsAgreementRequiresInTheirSlots() {
		String demo = "a.receipt_number <= (select max(receipt_number) from guarantee_application "
				+ "where business_number = '" + DemoApplications.DEMO_SME + "')";
		long incomplete = jdbc.sql("select count(*) from guarantee_application a "
				+ "join agreement_document_requirement r on r.agreement_code = a.agreement_code and r.required "
				+ "join document_type t on t.code = r.document_type and not t.from_funder where " + demo
				+ " and not exists (select 1 from application_document d where d.application_id = a.id "
				+ "and d.document_type = r.document_type)")
			.query(Long.class)
			.single();

		assertThat(incomplete).isZero();
	}

}
