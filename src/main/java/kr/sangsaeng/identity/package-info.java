/**
 * Who is signed in: accounts, their roles and the organisation each belongs to (a ministry, a guarantee
 * agency, a bank or an SME), sign-in and the security rules of every page, passwords people change or reset
 * themselves and staff invitations; and which bank's system calls the bank API, by the API token it presents
 * ({@link kr.sangsaeng.identity.BankClient}).
 */
@ApplicationModule(allowedDependencies = { "shared", "system" })
package kr.sangsaeng.identity;

import org.springframework.modulith.ApplicationModule;
