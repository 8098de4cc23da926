package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.AuditableEvent;
import kr.sangsaeng.shared.BankCode;

/**
 * An approved bank change moved a guaranteed loan to another lending bank of its agreement. When the certificate was
 * issued already, it was delivered to the new bank, which acknowledges it before paying anything out; the previous
 * bank no longer lends the loan.
 *
 * @param certificateDelivered whether the guarantee certificate went to the new bank with the loan; else it goes
 * there when it is issued
 */
public record LoanMovedToBank(ApplicationId loan, String guaranteeNumber, BankCode previousBank, BankCode newBank,
		boolean certificateDelivered, String actor, Instant at) implements AuditableEvent {

	@Override
	public String auditSubject() {
		return "application:" + loan.value();
	}

	@Override
	public String auditAction() {
		return "loan.moved-to-bank";
	}

	@Override
	public Map<String, Object> auditDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("guaranteeNumber", guaranteeNumber);
		details.put("previousBank", previousBank.value());
		details.put("newBank", newBank.value());
		if (certificateDelivered) {
			details.put("certificateDeliveredTo", newBank.value());
		}
		return details;
	}

}
