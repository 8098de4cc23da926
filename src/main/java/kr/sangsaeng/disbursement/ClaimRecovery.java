package kr.sangsaeng.disbursement;

import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.Won;

/**
 * Won recovered after a claim was paid, on the day it came in.
 */
public record ClaimRecovery(long id, Won amount, LocalDate recoveredOn, String recordedBy, Instant recordedAt) {
}
