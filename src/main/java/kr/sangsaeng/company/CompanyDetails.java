package kr.sangsaeng.company;

import java.time.LocalDate;
import java.util.Objects;

import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.Won;

/**
 * What an SME says about itself and may correct at any time: everything in its profile except the business
 * registration number and the email address it signed up with.
 *
 * @param name the company's name in Korean and in English (the same name twice when it has no English one)
 * @param representativeName the name of its representative (대표자)
 * @param industry the KSIC section of its main business
 * @param region the province or metropolitan city (시도) of its head office
 * @param employees how many people it employs
 * @param annualRevenue its revenue of the last business year
 * @param foundedOn when it was founded
 * @param phone where it is reached by phone, written {@code 052-123-4567}
 * @param technologyFirm whether it declares itself a technology firm (기술기업, e.g. venture or innobiz certified)
 * @param exporter whether it declares itself an exporter (it has export revenue)
 */
public record CompanyDetails(LocalizedName name, String representativeName, IndustrySection industry, Region region,
		int employees, Won annualRevenue, LocalDate foundedOn, String phone, boolean technologyFirm,
		boolean exporter) {

	/**
	 * A company that declares itself neither a technology firm nor an exporter.
	 */
	public CompanyDetails(LocalizedName name, String representativeName, IndustrySection industry, Region region,
			int employees, Won annualRevenue, LocalDate foundedOn, String phone) {
		this(name, representativeName, industry, region, employees, annualRevenue, foundedOn, phone, false, false);
	}

	public CompanyDetails {
		Objects.requireNonNull(name, "company name");
		requireText(name.korean(), "company name");
		requireText(name.english(), "company name in English");
		requireText(representativeName, "representative");
		requireText(phone, "phone");
		Objects.requireNonNull(industry, "industry");
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(annualRevenue, "annual revenue");
		Objects.requireNonNull(foundedOn, "founding date");
		if (employees < 0) {
			throw new IllegalArgumentException("A company cannot have fewer than no employees");
		}
	}

	private static void requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The " + what + " is missing");
		}
	}

}
