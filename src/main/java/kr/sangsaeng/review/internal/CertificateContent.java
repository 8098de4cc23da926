package kr.sangsaeng.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import kr.sangsaeng.program.YearlyCosts;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * What a guarantee certificate (보증서) states: the guarantee, who gives and receives it, the amounts and the period.
 * Everything is required except the company's representative and the conditions.
 *
 * @param guaranteeNumber the number the certificate is verified by, e.g. {@code KODIT-2026-000123}
 * @param businessNumber the business registration number as printed, e.g. {@code 123-45-67890}
 * @param representativeName the company's representative, or {@code null} when not known
 * @param conditions special conditions of the guarantee, or {@code null} or blank when there are none
 * @param approvedBy the name of the agency officer who approved the guarantee
 * @param yearlyCosts what the guarantee costs year by year, or {@code null} to leave the table out
 */
public record CertificateContent(String guaranteeNumber, LocalizedName agency, LocalizedName bank,
		LocalizedName programme, String companyName, String businessNumber, String representativeName,
		Won loanAmount, Percentage guaranteeRatio, Won guaranteedAmount, Percentage feeRate, Won yearlyFee,
		int termMonths, LocalDate validFrom, LocalDate validUntil, String conditions, Instant issuedAt,
		String approvedBy, YearlyCosts yearlyCosts) {

	public CertificateContent(String guaranteeNumber, LocalizedName agency, LocalizedName bank,
			LocalizedName programme, String companyName, String businessNumber, String representativeName,
			Won loanAmount, Percentage guaranteeRatio, Won guaranteedAmount, Percentage feeRate, Won yearlyFee,
			int termMonths, LocalDate validFrom, LocalDate validUntil, String conditions, Instant issuedAt,
			String approvedBy) {
		this(guaranteeNumber, agency, bank, programme, companyName, businessNumber, representativeName, loanAmount,
				guaranteeRatio, guaranteedAmount, feeRate, yearlyFee, termMonths, validFrom, validUntil, conditions,
				issuedAt, approvedBy, null);
	}

	public CertificateContent {
		Objects.requireNonNull(guaranteeNumber, "guaranteeNumber");
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(bank, "bank");
		Objects.requireNonNull(programme, "programme");
		Objects.requireNonNull(companyName, "companyName");
		Objects.requireNonNull(businessNumber, "businessNumber");
		Objects.requireNonNull(loanAmount, "loanAmount");
		Objects.requireNonNull(guaranteeRatio, "guaranteeRatio");
		Objects.requireNonNull(guaranteedAmount, "guaranteedAmount");
		Objects.requireNonNull(feeRate, "feeRate");
		Objects.requireNonNull(yearlyFee, "yearlyFee");
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(validUntil, "validUntil");
		Objects.requireNonNull(issuedAt, "issuedAt");
		Objects.requireNonNull(approvedBy, "approvedBy");
	}

	boolean hasRepresentative() {
		return representativeName != null && !representativeName.isBlank();
	}

	boolean hasConditions() {
		return conditions != null && !conditions.isBlank();
	}

}
