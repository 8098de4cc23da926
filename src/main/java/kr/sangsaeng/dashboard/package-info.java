/**
 * Read models of utilisation for ministry officials: overview, breakdowns, exports and open statistics.
 * <p>
 * Unlike other modules, this one reads other modules' tables directly ({@code guarantee_application},
 * {@code guarantee}, {@code loan}, {@code disbursement}, {@code capacity_reservation}): it only reads, and
 * aggregating across modules in SQL is what makes the figures fast. The queries sit behind
 * {@link kr.sangsaeng.dashboard.UtilisationOverview} so that aggregate tables can replace them without changing
 * its readers. Programme capacity, committed and disbursed amounts come from the programme module's catalogue,
 * the same figures as its capacity ledger.
 */
package kr.sangsaeng.dashboard;
