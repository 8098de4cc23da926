/**
 * Bank disbursements of guaranteed loans, loan status and the API for bank systems.
 */
package kr.sangsaeng.disbursement;
