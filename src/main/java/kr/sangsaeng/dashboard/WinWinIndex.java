package kr.sangsaeng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The win-win finance index of the lending banks: how fully, how fast, how widely and how far down the supply
 * chain each bank lent on the guarantees issued in a period. See {@link IndexComponent} for the parts and
 * weights; the index is the weighted sum of the part scores, from 0 to 100 with one decimal.
 */
@Service
@Transactional(readOnly = true)
public class WinWinIndex {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BreakdownQueries queries;

	WinWinIndex(BreakdownQueries queries) {
		this.queries = queries;
	}

	/**
	 * One bank's figures, part scores and index; {@code rank} is 1 for the highest index (equal indexes share a
	 * rank). A bank of the programmes without guarantees in the period has no scores and no rank.
	 */
	public record Standing(Integer rank, String bankCode, LocalizedName name, long loans, Won approved, Won disbursed,
			long companies, long lowerTierLoans, BigDecimal medianDaysToFirstPayment,
			Map<IndexComponent, BigDecimal> scores, BigDecimal index) {

		public boolean isRanked() {
			return rank != null;
		}

		public BigDecimal score(IndexComponent component) {
			return scores.get(component);
		}

		/**
		 * What the part adds to the index: its score times its weight.
		 */
		public BigDecimal contribution(IndexComponent component) {
			BigDecimal score = scores.get(component);
			return score == null ? null
					: score.multiply(BigDecimal.valueOf(component.weight())).divide(HUNDRED, 1, RoundingMode.HALF_UP);
		}

	}

	public record Ranking(Period period, List<Standing> standings) {
	}

	public Ranking rank(List<ProgrammeSummary> programmes, Period period) {
		Map<String, LocalizedName> banks = new LinkedHashMap<>();
		programmes.forEach(programme -> programme.banks().forEach(bank -> banks.putIfAbsent(bank.code(), bank.name())));
		List<BreakdownQueries.LenderCounts> lenders = queries
			.lenders(programmes.stream().map(programme -> programme.code().value()).toList(), period);
		long mostCompanies = lenders.stream().mapToLong(BreakdownQueries.LenderCounts::companies).max().orElse(0);

		List<Standing> scored = new ArrayList<>();
		for (BreakdownQueries.LenderCounts lender : lenders) {
			Map<IndexComponent, BigDecimal> scores = new EnumMap<>(IndexComponent.class);
			scores.put(IndexComponent.DISBURSEMENT, share(lender.disbursedWon(), lender.approvedWon()));
			scores.put(IndexComponent.SPEED, speed(lender.medianDaysToFirstPayment()));
			scores.put(IndexComponent.REACH, share(lender.companies(), mostCompanies));
			scores.put(IndexComponent.LOWER_TIERS, share(lender.lowerTierLoans(), lender.loans()));
			BigDecimal index = BigDecimal.ZERO;
			for (IndexComponent component : IndexComponent.values()) {
				index = index.add(scores.get(component).multiply(BigDecimal.valueOf(component.weight())));
			}
			index = index.divide(BigDecimal.valueOf(IndexComponent.totalWeight()), 1, RoundingMode.HALF_UP);
			LocalizedName name = banks.getOrDefault(lender.bankCode(),
					new LocalizedName(lender.bankCode(), lender.bankCode()));
			scored.add(new Standing(null, lender.bankCode(), name, lender.loans(), Won.of(lender.approvedWon()),
					Won.of(lender.disbursedWon()), lender.companies(), lender.lowerTierLoans(),
					lender.medianDaysToFirstPayment(), scores, index));
		}
		scored.sort(Comparator.comparing(Standing::index).reversed().thenComparing(Standing::bankCode));

		List<Standing> standings = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Standing standing = scored.get(i);
			int rank = i > 0 && standing.index().compareTo(scored.get(i - 1).index()) == 0 ? standings.get(i - 1).rank()
					: i + 1;
			standings.add(new Standing(rank, standing.bankCode(), standing.name(), standing.loans(),
					standing.approved(), standing.disbursed(), standing.companies(), standing.lowerTierLoans(),
					standing.medianDaysToFirstPayment(), standing.scores(), standing.index()));
			banks.remove(standing.bankCode());
		}
		banks.forEach((code, name) -> standings.add(new Standing(null, code, name, 0, Won.ZERO, Won.ZERO, 0, 0, null,
				Map.of(), null)));
		return new Ranking(period, List.copyOf(standings));
	}

	/**
	 * {@code part} of {@code whole} on a scale of 0 to 100 with one decimal; 0 when the whole is nothing.
	 */
	static BigDecimal share(long part, long whole) {
		if (whole <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	static BigDecimal speed(BigDecimal medianDays) {
		if (medianDays == null) {
			return BigDecimal.ZERO.setScale(1);
		}
		BigDecimal horizon = BigDecimal.valueOf(IndexComponent.SPEED_HORIZON_DAYS);
		BigDecimal left = horizon.subtract(medianDays).max(BigDecimal.ZERO);
		return left.multiply(HUNDRED).divide(horizon, 1, RoundingMode.HALF_UP);
	}

}
