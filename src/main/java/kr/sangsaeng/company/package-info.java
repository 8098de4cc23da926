/**
 * SME profiles and the partner relationships between SMEs and the funders of programmes: each funder's partner
 * list, kept by programme administrators and read by eligibility checks through {@link
 * kr.sangsaeng.company.PartnerRegistry}.
 */
@ApplicationModule(allowedDependencies = { "identity", "program", "shared", "system" })
package kr.sangsaeng.company;

import org.springframework.modulith.ApplicationModule;
