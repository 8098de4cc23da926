package kr.sangsaeng.company;

import java.util.List;

import kr.sangsaeng.identity.Ownership;

/**
 * What an agency officer sees to check a certificate: the certificate, what the company declared about itself
 * when it signed up (and since), whether its claim is still open, and which funders list the number.
 *
 * @param declared the company's profile, or {@code null} when it has none
 * @param listedBy the codes of the funders whose partner lists hold the number
 */
public record CertificateCheck(OwnershipCertificate certificate, CompanyProfile declared, Ownership ownership,
		List<String> listedBy) {

	public CertificateCheck {
		listedBy = List.copyOf(listedBy);
	}

}
