package kr.sangsaeng.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.dashboard.BreakdownTable;
import kr.sangsaeng.dashboard.FunderView;
import kr.sangsaeng.dashboard.IndexComponent;
import kr.sangsaeng.dashboard.Overview;
import kr.sangsaeng.dashboard.WinWinIndex;
import kr.sangsaeng.shared.Won;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures {@code dashboard-charts.js} draws, as JSON for a {@code <script type="application/json">} block,
 * with the labels in the reader's language. Amounts are whole won; the script divides them by
 * {@code unit.divisor} (억 원 in Korean, billions of won in English).
 */
@Component
class ChartData {

	private static final long EOK = 100_000_000L;

	private static final long BILLION = 1_000_000_000L;

	private final MessageSource messages;

	private final JsonMapper json;

	ChartData(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	String json(Overview overview, Locale locale) {
		List<Overview.Figures> programmes = overview.programmes();
		Map<String, Object> data = Map.of("unit",
				Map.of("divisor", "ko".equals(locale.getLanguage()) ? EOK : BILLION, "label",
						message("dashboard.chart.unit", locale), "decimals", 1),
				"programmes",
				Map.of("labels", programmes.stream().map(programme -> programme.name().in(locale)).toList(),
						"shareAxis", message("dashboard.chart.shareAxis", locale), "series",
						List.of(series(message("dashboard.chart.disbursedOpen", locale),
								programmes.stream().map(programme -> programme.disbursedOpen().value()).toList()),
								series(message("dashboard.chart.committedNotDisbursed", locale),
										programmes.stream()
											.map(programme -> programme.committedNotDisbursed().value())
											.toList()),
								series(message("dashboard.chart.remaining", locale),
										programmes.stream().map(programme -> programme.remaining().value()).toList()))),
				"weeks",
				Map.of("labels", overview.weeks().stream().map(week -> week.startsOn().toString()).toList(),
						"countAxis", message("dashboard.chart.countAxis", locale), "submitted",
						series(message("dashboard.weeks.submitted", locale),
								overview.weeks().stream().map(Overview.Week::applicationsSubmitted).toList()),
						"issued",
						series(message("dashboard.weeks.issued", locale),
								overview.weeks().stream().map(Overview.Week::guaranteesIssued).toList()),
						"disbursed", series(message("dashboard.weeks.disbursed", locale),
								overview.weeks().stream().map(Overview.Week::netDisbursedWon).toList())));
		return safe(data);
	}

	/**
	 * A breakdown's groups (the total left out): approved and disbursed won.
	 */
	String json(BreakdownTable table, Locale locale) {
		List<BreakdownTable.Row> rows = table.rows();
		Map<String, Object> data = Map.of("unit", unit(locale), "breakdown",
				Map.of("labels", rows.stream().map(row -> row.name().in(locale)).toList(), "series",
						List.of(series(message("dashboard.approvedWon", locale),
								rows.stream().map(row -> row.approvedAmount().value()).toList()),
								series(message("dashboard.disbursed", locale),
										rows.stream().map(row -> row.disbursed().value()).toList()))));
		return safe(data);
	}

	/**
	 * The ranked banks and what each part of the index adds to their index.
	 */
	String json(WinWinIndex.Ranking ranking, Locale locale) {
		List<WinWinIndex.Standing> ranked = ranking.standings().stream().filter(WinWinIndex.Standing::isRanked).toList();
		List<Map<String, Object>> parts = new java.util.ArrayList<>();
		for (IndexComponent component : IndexComponent.values()) {
			parts.add(series(message(component.messageKey(), locale),
					ranked.stream().map(standing -> standing.contribution(component)).toList()));
		}
		Map<String, Object> data = Map.of("unit", unit(locale), "index",
				Map.of("labels", ranked.stream().map(standing -> standing.name().in(locale)).toList(), "axis",
						message("dashboard.index.value", locale), "series", parts));
		return safe(data);
	}

	/**
	 * A funder's won approved and paid out month by month, the oldest month first.
	 */
	String json(List<FunderView.MonthPace> pace, Locale locale) {
		Map<String, Object> data = Map.of("unit", unit(locale), "pace",
				Map.of("labels",
						pace.stream()
							.map(month -> messages.getMessage("funderDashboard.month.label",
									new Object[] { month.month().getYear(), month.month().getMonthValue() }, locale))
							.toList(),
						"series",
						List.of(amounts(message("funderDashboard.pace.approved", locale),
								pace.stream().map(FunderView.MonthPace::approved).toList(), locale),
								amounts(message("funderDashboard.pace.disbursed", locale),
										pace.stream().map(FunderView.MonthPace::disbursed).toList(), locale))));
		return safe(data);
	}

	private Map<String, Object> unit(Locale locale) {
		return Map.of("divisor", "ko".equals(locale.getLanguage()) ? EOK : BILLION, "label",
				message("dashboard.chart.unit", locale), "decimals", 1);
	}

	private String safe(Map<String, Object> data) {
		// the block ends at the first "</script": names typed by administrators must not close it
		return json.writeValueAsString(data)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	/**
	 * Amounts in whole won, and each as the page says it ({@code 2억 3,000만 원}, {@code ₩230 million}) for the
	 * tooltips.
	 */
	private static Map<String, Object> amounts(String label, List<Won> amounts, Locale locale) {
		return Map.of("label", label, "values", amounts.stream().map(Won::value).toList(), "words",
				amounts.stream().map(amount -> amount.inWords(locale)).toList());
	}

	private static Map<String, Object> series(String label, List<? extends Number> values) {
		return Map.of("label", label, "values", values);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
