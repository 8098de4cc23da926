package kr.sangsaeng.company;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.WithMailServer;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.identity.Ownership;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company proves its business registration number with a code mailed to the contact that a funder's partner list
 * holds for the number: the impostor who typed the number never gets the code; wrong codes and old codes are
 * refused; the real owner's code verifies it and supersedes the impostor's claim.
 */
class OwnershipProofTests extends WithMailServer {

	private static final Pattern CODE = Pattern.compile("(?m)^([0-9]{6})\\s*$");

	@Autowired
	OwnershipProof proof;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCodeGoesToThePartnerListsContactAndOnlyTheRightFreshCodeVerifiesTheCompany() {
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		String contact = "finance." + number.digits() + "@real-owner.example";
		listWithContact(number, contact);

		SignedInUser impostor = signUp(number, "impostor");
		OwnershipStatus status = proof.status(impostor);
		assertThat(status.ownership()).isEqualTo(Ownership.UNVERIFIED);
		assertThat(status.maskedContact()).isEqualTo("f***@r***.example").doesNotContain(number.digits());

		assertThat(proof.mailCode(impostor)).isEqualTo(OwnershipProof.Mailing.MAILED);
		MimeMessage mail = awaitMail(contact, number.formatted(), 1);
		assertThat(mailTo(impostor.getUsername())).as("never to the address the claimant typed").isEmpty();
		String mailed = codeIn(mail);
		assertThat(jdbc.sql("select count(*) from ownership_code where code_hash = :code or salt = :code")
			.param("code", mailed)
			.query(Long.class)
			.single()).as("the code is kept hashed").isZero();

		String wrong = mailed.equals("000000") ? "111111" : "000000";
		for (int attempt = 1; attempt < OwnershipProof.MAX_ATTEMPTS; attempt++) {
			assertThat(proof.confirm(impostor, wrong)).isEqualTo(OwnershipProof.Confirmation.WRONG);
		}
		assertThat(proof.confirm(impostor, wrong)).isEqualTo(OwnershipProof.Confirmation.THROTTLED);
		assertThat(proof.confirm(impostor, mailed)).as("a throttled code stays unusable")
			.isEqualTo(OwnershipProof.Confirmation.THROTTLED);
		assertThat(profiles.ownership(impostor.organisation().id())).isEqualTo(Ownership.UNVERIFIED);

		assertThat(proof.mailCode(impostor)).isEqualTo(OwnershipProof.Mailing.MAILED);
		String second = codeIn(awaitMail(contact, number.formatted(), 2));
		jdbc.sql("update ownership_code set expires_at = now() - interval '1 minute' where organisation_id = :id")
			.param("id", impostor.organisation().id())
			.update();
		assertThat(proof.confirm(impostor, second)).as("an expired code").isEqualTo(OwnershipProof.Confirmation.NO_CODE);

		SignedInUser owner = signUp(number, "owner");
		assertThat(proof.mailCode(owner)).isEqualTo(OwnershipProof.Mailing.MAILED);
		String ownCode = codeIn(awaitMail(contact, number.formatted(), 3));
		assertThat(proof.confirm(owner, ownCode.substring(0, 3) + " " + ownCode.substring(3)))
			.isEqualTo(OwnershipProof.Confirmation.VERIFIED);

		assertThat(profiles.ownership(owner.organisation().id())).isEqualTo(Ownership.VERIFIED);
		assertThat(profiles.ownership(impostor.organisation().id())).isEqualTo(Ownership.SUPERSEDED);
		assertThat(proof.confirm(owner, ownCode)).as("a used code").isEqualTo(OwnershipProof.Confirmation.NOT_NEEDED);
		assertThat(proof.mailCode(impostor)).isEqualTo(OwnershipProof.Mailing.NOT_NEEDED);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject = :subject and action in "
				+ "('company.ownership-code-mailed', 'company.ownership-code-refused', 'company.ownership-verified')")
			.param("subject", "company:" + number.digits())
			.query(Long.class)
			.single()).as("every step is in the audit trail").isGreaterThanOrEqualTo(3 + 6 + 1);
	}

	@Test
	void aCompanyGetsAtMostThreeCodesAnHourAndNoneWithoutAListedContact() {
		BusinessRegistrationNumber unlisted = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		assertThat(proof.mailCode(signUp(unlisted, "unlisted"))).isEqualTo(OwnershipProof.Mailing.NO_CONTACT);

		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		listWithContact(number, "ceo." + number.digits() + "@listed.example");
		SignedInUser claimant = signUp(number, "eager");
		for (int i = 0; i < OwnershipProof.MAX_CODES_PER_HOUR; i++) {
			assertThat(proof.mailCode(claimant)).isEqualTo(OwnershipProof.Mailing.MAILED);
		}
		assertThat(proof.mailCode(claimant)).isEqualTo(OwnershipProof.Mailing.TOO_MANY);
	}

	private void listWithContact(BusinessRegistrationNumber number, String contact) {
		TestSmes.addPartner(jdbc, "HYUNDAI", number.digits(), 1);
		jdbc.sql("update partner set contact_email = :contact where business_number = :number")
			.param("contact", contact)
			.param("number", number.digits())
			.update();
	}

	private SignedInUser signUp(BusinessRegistrationNumber number, String who) {
		CompanyDetails details = new CompanyDetails(new LocalizedName("(주)한결정밀", "Hangyeol Precision"), "김" + who,
				IndustrySection.C, Region.GYEONGGI, 40, Won.of(9_000_000_000L), LocalDate.of(2012, 3, 2),
				"031-123-4567");
		return profiles.register(new CompanySignUp(number,
				who + "-" + System.nanoTime() + "@claimant.example".toLowerCase(Locale.ROOT), "blue harbour lantern 7",
				details));
	}

	private static String codeIn(MimeMessage mail) {
		Matcher code = CODE.matcher(bodyOf(mail));
		if (!code.find()) {
			throw new AssertionError("No code in the mail: " + bodyOf(mail));
		}
		return code.group(1);
	}

}
