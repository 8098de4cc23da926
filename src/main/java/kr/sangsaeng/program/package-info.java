/**
 * The win-win financing programmes: their funders, guarantee agencies and lending banks, and the agreements that
 * carry them (one per agency, {@link kr.sangsaeng.program.Agreement}, with its own banks, funders, eligibility, caps
 * and capacity); the capacity of each agreement and how much of it is committed and disbursed, which add up to the
 * programme's. Other modules read programmes through {@link kr.sangsaeng.program.ProgrammeCatalogue}.
 */
@ApplicationModule(allowedDependencies = { "identity", "shared", "system" })
package kr.sangsaeng.program;

import org.springframework.modulith.ApplicationModule;
