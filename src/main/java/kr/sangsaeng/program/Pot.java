package kr.sangsaeng.program;

import kr.sangsaeng.shared.Won;

/**
 * A pot of an agreement that approved guarantees draw on: what its funders put in and what has been drawn.
 */
public record Pot(Won funded, Won drawn) {

	public Won remaining() {
		return funded.minusOrZero(drawn);
	}

	/**
	 * Whether the pot still pays: it was funded and something is left in it.
	 */
	public boolean isAvailable() {
		return !remaining().isZero();
	}

	/**
	 * Whether it was funded and has run out.
	 */
	public boolean hasRunOut() {
		return !funded.isZero() && remaining().isZero();
	}

}
