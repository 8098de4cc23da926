package kr.sangsaeng.company;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.company.internal.PartnerLists;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kr.sangsaeng.company.TestNumbers.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What eligibility checks ask of the partner lists. Only numbers starting with 973 are touched.
 */
@SangsaengTest
class PartnerRegistryTests {

	static final String PREFIX = "973";

	@Autowired
	PartnerRegistry registry;

	@Autowired
	PartnerLists lists;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatTheTestListed() {
		jdbc.sql("delete from partner where business_number like ?").param(PREFIX + "%").update();
	}

	@Test
	void aCompanyIsAPartnerOnlyOfTheFundersThatListIt() {
		BusinessRegistrationNumber company = number(PREFIX, 1);
		lists.add("POSCO", company, "(주)세진금속", PartnerTier.TIER_2, "admin");
		lists.add("IBK", company, "(주)세진금속", PartnerTier.TIER_3, "admin");

		assertThat(registry.isPartner("POSCO", company)).isTrue();
		assertThat(registry.tierOf("POSCO", company)).contains(PartnerTier.TIER_2);
		assertThat(registry.tierOf("IBK", company)).contains(PartnerTier.TIER_3);
		assertThat(registry.isPartner("HYUNDAI", company)).isFalse();
		assertThat(registry.tierOf("NO-SUCH-FUNDER", company)).isEmpty();
		assertThat(registry.partnershipsOf(company)).containsOnly(
				java.util.Map.entry("IBK", PartnerTier.TIER_3), java.util.Map.entry("POSCO", PartnerTier.TIER_2));
	}

	@Test
	void aRemovedPartnerIsNoLongerAPartner() {
		BusinessRegistrationNumber company = number(PREFIX, 2);
		lists.add("KB", company, "동양테크", PartnerTier.TIER_1, "admin");
		lists.remove("KB", company, "admin");

		assertThat(registry.isPartner("KB", company)).isFalse();
		assertThat(registry.partnershipsOf(company)).isEmpty();
	}

}
