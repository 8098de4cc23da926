package kr.sangsaeng.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a dashboard table as CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads Korean
 * correctly), a header row, and figures as plain numbers (whole won, decimals with a point).
 * <p>
 * Text that a spreadsheet would take for a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return) gets a leading apostrophe. Figures are never changed: they come from numbers, not
 * from anything typed, so a negative amount (a week of reversals) stays a number that sums.
 */
final class CsvTableWriter {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvTableWriter() {
	}

	static void write(DashboardTable table, OutputStream out) {
		write(table, List.of(), out);
	}

	/**
	 * @param titleLines lines that say what the table covers, each a row of its own above the table with an empty
	 *     row after them; none for a table that covers everything
	 */
	static void write(DashboardTable table, List<String> titleLines, OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(BYTE_ORDER_MARK);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
			for (String line : titleLines) {
				csv.printRecord(neutralised(line));
			}
			if (!titleLines.isEmpty()) {
				csv.println();
			}
			List<String> headers = new ArrayList<>();
			table.columns().forEach(column -> headers.add(neutralised(column.header())));
			csv.printRecord(headers);
			for (List<DashboardTable.Cell> row : table.rowsWithTotal()) {
				List<String> values = new ArrayList<>();
				for (DashboardTable.Cell cell : row) {
					values.add(valueOf(cell));
				}
				csv.printRecord(values);
			}
			csv.flush();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static String valueOf(DashboardTable.Cell cell) {
		Object value = cell.value();
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return neutralised(value.toString());
	}

	/**
	 * The text as a spreadsheet shows it without evaluating it.
	 */
	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
