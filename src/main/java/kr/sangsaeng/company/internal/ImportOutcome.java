package kr.sangsaeng.company.internal;

/**
 * What importing the good rows of a file did to a partner list.
 *
 * @param leftOut bad rows that were not imported
 */
public record ImportOutcome(long added, long updated, long unchanged, long leftOut) {
}
