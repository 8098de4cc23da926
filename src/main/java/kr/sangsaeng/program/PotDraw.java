package kr.sangsaeng.program;

import kr.sangsaeng.shared.Won;

/**
 * What an approved guarantee drew on one pot of its agreement.
 *
 * @param granted whether the pot paid the whole amount; when it had run out the application gets no such benefit
 * and {@code drawn} is zero
 */
public record PotDraw(BenefitPot pot, Won drawn, boolean granted) {
}
