package kr.sangsaeng.company.internal;

import kr.sangsaeng.program.Institutions.Institution;

/**
 * How many partners a funder's list holds, in all and by tier.
 */
public record FunderPartners(Institution funder, long total, long tier1, long tier2, long tier3) {
}
