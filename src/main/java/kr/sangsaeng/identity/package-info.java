/**
 * Who is signed in: accounts, their roles and the organisation each belongs to (a ministry, a guarantee
 * agency, a bank or an SME), sign-in and the security rules of every page.
 */
package kr.sangsaeng.identity;
