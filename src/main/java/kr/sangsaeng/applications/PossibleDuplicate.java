package kr.sangsaeng.applications;

/**
 * Another open application that may ask for the same money twice: the same company in another programme, or
 * another company with a representative of the same name.
 *
 * @param sameBusinessNumber whether it is the same company; otherwise it shares the representative's name
 */
public record PossibleDuplicate(ApplicationView application, boolean sameBusinessNumber) {
}
