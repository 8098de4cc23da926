/**
 * The win-win financing programmes: their funders, guarantee agencies and lending banks, their capacity and
 * how much of it is committed and disbursed. Other modules read programmes through {@link
 * kr.sangsaeng.program.ProgrammeCatalogue}.
 */
@ApplicationModule(allowedDependencies = { "identity", "shared", "system" })
package kr.sangsaeng.program;

import org.springframework.modulith.ApplicationModule;
