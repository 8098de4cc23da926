package kr.sangsaeng.shared;

/**
 * The sections of the Korean Standard Industrial Classification (KSIC), A to U. Names are message keys
 * {@code industry.A} … {@code industry.U}.
 */
public enum IndustrySection {

	A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U;

	public String messageKey() {
		return "industry." + name();
	}

}
