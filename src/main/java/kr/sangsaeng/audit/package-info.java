/**
 * The append-only, tamper-evident trail of every state change and decision.
 */
package kr.sangsaeng.audit;
