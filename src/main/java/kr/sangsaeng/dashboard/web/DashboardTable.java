package kr.sangsaeng.dashboard.web;

import java.util.List;

/**
 * A dashboard table as the page shows it and as it downloads: headers in the reader's language, and for every
 * cell its value (text, whole number, whole won or decimal) and the text the page shows for it.
 *
 * @param name what the downloaded file is called, without its extension
 * @param title the table's heading, which names the spreadsheet's sheet
 * @param total the total row, {@code null} when the table has none
 */
public record DashboardTable(String name, String title, List<Column> columns, List<List<Cell>> rows, List<Cell> total) {

	public enum Kind {

		/** Names and codes: text in every format. */
		TEXT,
		/** A count. */
		COUNT,
		/** An amount of won, whole (a net amount may be negative). */
		WON,
		/** A percentage, a score or a number of days, with one decimal. */
		DECIMAL;

		public boolean numeric() {
			return this != TEXT;
		}

	}

	public record Column(String header, Kind kind) {
	}

	/**
	 * @param value a {@link String}, {@link Long} or {@link java.math.BigDecimal}; {@code null} where there is no
	 *     figure
	 * @param text what the page shows
	 * @param exact the full figure where {@code text} rounds or words it, else {@code null}
	 */
	public record Cell(Object value, String text, String exact) {

		static Cell text(String text) {
			return new Cell(text, text, null);
		}

	}

	/**
	 * The column that names each row: the first text column.
	 */
	public int headerColumn() {
		for (int i = 0; i < columns.size(); i++) {
			if (!columns.get(i).kind().numeric()) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * This table with only the columns at {@code positions}, in that order, named {@code name}: a part of a table too
	 * wide for one screen (the download keeps the whole table).
	 */
	DashboardTable only(String name, List<Integer> positions) {
		return new DashboardTable(name, title, positions.stream().map(columns::get).toList(),
				rows.stream().map(row -> positions.stream().map(row::get).toList()).toList(),
				total == null ? null : positions.stream().map(total::get).toList());
	}

	List<List<Cell>> rowsWithTotal() {
		if (total == null) {
			return rows;
		}
		List<List<Cell>> all = new java.util.ArrayList<>(rows);
		all.add(total);
		return all;
	}

}
