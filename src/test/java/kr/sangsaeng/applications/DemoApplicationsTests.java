package kr.sangsaeng.applications;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class DemoApplicationsTests {

	@Autowired
	JdbcClient jdbc;

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
