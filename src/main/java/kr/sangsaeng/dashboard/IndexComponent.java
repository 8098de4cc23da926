package kr.sangsaeng.dashboard;

import java.util.Arrays;

/**
 * The parts of the win-win finance index and their weights in percent (together 100). Each part scores a lending
 * bank from 0 to 100:
 * <ul>
 * <li>{@link #DISBURSEMENT}: the share of the won guaranteed on its loans (cancelled loans left out) that it paid
 * out;</li>
 * <li>{@link #SPEED}: 100 for a median of 0 days from guarantee to first payment, falling evenly to 0 at
 * {@value #SPEED_HORIZON_DAYS} days or more, and 0 while it has paid nothing;</li>
 * <li>{@link #REACH}: the distinct SMEs it lent to, against the bank that reached the most (100);</li>
 * <li>{@link #LOWER_TIERS}: the share of its loans that went to tier-2 or tier-3 partners of the funders.</li>
 * </ul>
 * Names and explanations are message keys {@code dashboard.index.component.NAME} and
 * {@code dashboard.index.component.NAME.formula}.
 */
public enum IndexComponent {

	DISBURSEMENT(35), SPEED(25), REACH(20), LOWER_TIERS(20);

	public static final int SPEED_HORIZON_DAYS = 30;

	private final int weight;

	IndexComponent(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return weight;
	}

	public String messageKey() {
		return "dashboard.index.component." + name();
	}

	public String formulaKey() {
		return messageKey() + ".formula";
	}

	static int totalWeight() {
		return Arrays.stream(values()).mapToInt(IndexComponent::weight).sum();
	}

}
