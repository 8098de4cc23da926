package kr.sangsaeng.review;

import java.util.Optional;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.Won;

/**
 * What an approval did: issued the guarantee, or, above the programme's four-eyes threshold, recommended it for a
 * second person to confirm.
 */
public sealed interface Approval {

	/**
	 * The guarantee an approval issued; empty when it awaits a second person.
	 */
	Optional<Guarantee> guarantee();

	record Issued(Guarantee issued) implements Approval {

		@Override
		public Optional<Guarantee> guarantee() {
			return Optional.of(issued);
		}

	}

	record Recommended(ApplicationId application, Won amount) implements Approval {

		@Override
		public Optional<Guarantee> guarantee() {
			return Optional.empty();
		}

	}

}
