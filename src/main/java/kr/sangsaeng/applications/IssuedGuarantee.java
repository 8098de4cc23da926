package kr.sangsaeng.applications;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.AgencyCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * The guarantee issued on an approved application, as its certificate states it to the SME.
 *
 * @param number the guarantee number, {@code KODIT-2026-000123}
 * @param loanAmount the approved loan
 * @param ratio the share of the loan guaranteed
 * @param feeRate the yearly guarantee fee rate, on the guaranteed amount
 * @param conditions what the agency attached to its approval, or {@code null}
 * @param agreementAcceptedAt when the SME accepted the guarantee agreement, {@code null} before
 * @param feePaidAt when the SME's fee was recorded as paid, {@code null} before
 * @param certificateIssuedAt when the certificate was issued and sent to the bank, {@code null} before
 */
public record IssuedGuarantee(String number, AgencyCode agencyCode, Won loanAmount, Percentage ratio,
		Percentage feeRate, int termMonths, String conditions, LocalDate validFrom, LocalDate validUntil,
		Instant issuedAt, Instant agreementAcceptedAt, Instant feePaidAt, Instant certificateIssuedAt) {

	public boolean awaitsAgreement() {
		return agreementAcceptedAt == null && certificateIssuedAt == null;
	}

	public boolean awaitsFee() {
		return agreementAcceptedAt != null && feePaidAt == null && certificateIssuedAt == null;
	}

	public boolean hasConditions() {
		return conditions != null && !conditions.isBlank();
	}

}
