/**
 * Guarantee-loan applications as the SME makes and follows them, with their documents.
 */
package kr.sangsaeng.applications;
