package kr.sangsaeng.applications;

import java.time.LocalDate;

import kr.sangsaeng.shared.Won;

/**
 * A payment the bank made out of a guaranteed loan and did not reverse, as the SME sees it on its bank statement.
 */
public record LoanPayout(LocalDate paidOn, Won amount) {
}
