/**
 * Agency review of applications: queues, decisions, four-eyes approval and guarantee issuance.
 */
package kr.sangsaeng.review;
