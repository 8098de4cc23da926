package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.Won;

/**
 * One contribution a funder paid to an agreement, as the ledger shows it.
 *
 * @param multiple for a special contribution, how many won of capacity (in the agreement's unit) one won backs;
 * {@code null} for the other kinds
 * @param illustrative whether the figure is an example rather than a public one
 */
public record Contribution(long id, AgreementCode agreement, ProgrammeSummary.Participant funder,
		ContributionKind kind, Won amount, LocalDate receivedOn, BigDecimal multiple, boolean illustrative,
		String recordedBy, Instant recordedAt) {

	/**
	 * The capacity a special contribution backs: its amount times its multiple in whole won, rounded down; zero
	 * for the other kinds.
	 */
	public Won backs() {
		return backed(kind, amount, multiple);
	}

	static Won backed(ContributionKind kind, Won amount, BigDecimal multiple) {
		if (!kind.backsCapacity() || multiple == null) {
			return Won.ZERO;
		}
		BigDecimal product = BigDecimal.valueOf(amount.value()).multiply(multiple).setScale(0, RoundingMode.DOWN);
		if (product.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
			throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE);
		}
		return Won.of(product.longValueExact());
	}

}
