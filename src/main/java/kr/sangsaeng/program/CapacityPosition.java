package kr.sangsaeng.program;

import kr.sangsaeng.shared.Won;

/**
 * How a programme's capacity is used at one moment. {@code committed + remaining = capacity}.
 */
public record CapacityPosition(Won capacity, Won committed, Won disbursed) {

	public Won remaining() {
		return capacity.minusOrZero(committed);
	}

}
