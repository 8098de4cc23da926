/**
 * Read models of utilisation for ministry officials: overview, breakdowns, exports and open statistics; and each
 * funder's own dashboard ({@link kr.sangsaeng.dashboard.FunderDashboard}), which also reads the company module's
 * {@code recommendation} table to find the applications that carry the funder's recommendation.
 * <p>
 * Unlike other modules, this one reads other modules' tables directly: it only reads, and aggregating across modules
 * in SQL is what makes the figures fast. The figures are read from aggregate tables ({@link
 * kr.sangsaeng.dashboard.AggregateTable}) that the database keeps in the same transaction as every change, folded by
 * {@link kr.sangsaeng.dashboard.DashboardAggregates}. The functions and triggers that count are in
 * {@code R__dashboard_counting.sql}. The triggers are on these tables of the applications, review, disbursement and
 * program modules ({@link kr.sangsaeng.dashboard.DashboardAggregates#COUNTED_TABLES}): {@code guarantee_application},
 * {@code guarantee}, {@code loan}, {@code disbursement} and {@code capacity_reservation}; they also read
 * {@code programme} and {@code programme_agency} for a programme's code and lead agency, and {@code agreement} for the
 * agency of the agreement an application is routed to (its agency in the breakdowns until a guarantee names one). The direct counts over the
 * source tables ({@code LiveActivityQueries}, {@code LiveBreakdownQueries}) stay as the definition the aggregates are
 * tested against. Programme capacity, committed and disbursed amounts come from the programme module's catalogue,
 * the same figures as its capacity ledger.
 * <p>
 * {@link kr.sangsaeng.dashboard.MoneyFigures} follows the money per agreement: it reads the program module's
 * {@code agreement} (its pots), {@code agreement_contribution} and {@code pot_draw}, the review module's
 * {@code guarantee}, the disbursement module's {@code loan} and {@code loan_monthly_report}, and the company module's
 * {@code company_profile} (whether a company exports), in one statement.
 */
@ApplicationModule(allowedDependencies = { "applications", "company", "identity", "program", "shared", "system" })
package kr.sangsaeng.dashboard;

import org.springframework.modulith.ApplicationModule;
