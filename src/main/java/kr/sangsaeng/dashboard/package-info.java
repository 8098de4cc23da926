/**
 * Read models of utilisation for ministry officials: overview, breakdowns, exports and open statistics.
 * <p>
 * Unlike other modules, this one reads other modules' tables directly ({@code guarantee_application},
 * {@code guarantee}, {@code loan}, {@code disbursement}, {@code capacity_reservation}): it only reads, and
 * aggregating across modules in SQL is what makes the figures fast. The figures are read from aggregate tables
 * that triggers on those tables keep in the same transaction as every change ({@code V19__dashboard_aggregates.sql},
 * folded by {@link kr.sangsaeng.dashboard.DashboardAggregates}); the direct counts over the source tables
 * ({@code LiveActivityQueries}, {@code LiveBreakdownQueries}) stay as the definition the aggregates are tested
 * against. Programme capacity, committed and disbursed amounts come from the programme module's catalogue, the same
 * figures as its capacity ledger.
 */
@ApplicationModule(allowedDependencies = { "applications", "identity", "program", "shared", "system" })
package kr.sangsaeng.dashboard;

import org.springframework.modulith.ApplicationModule;
