/**
 * Read models of utilisation for ministry officials: overview, breakdowns, exports and open statistics.
 */
package kr.sangsaeng.dashboard;
