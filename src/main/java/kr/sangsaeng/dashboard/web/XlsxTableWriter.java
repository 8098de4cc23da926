package kr.sangsaeng.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a dashboard table as an Excel workbook of one sheet: a bold header row that stays in view, figures as
 * numeric cells (whole won and counts with thousands separators, decimals with one place), text as text (never a
 * formula), and columns wide enough for their contents.
 */
final class XlsxTableWriter {

	private static final int MAX_WIDTH_CHARACTERS = 60;

	private XlsxTableWriter() {
	}

	static void write(DashboardTable table, OutputStream out) {
		write(table, List.of(), out);
	}

	/**
	 * @param titleLines lines that say what the table covers, each a row of its own above the table (the first
	 *     bold) with an empty row after them; none for a table that covers everything
	 */
	static void write(DashboardTable table, List<String> titleLines, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			DataFormat formats = workbook.createDataFormat();
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle headerNumeric = workbook.createCellStyle();
			headerNumeric.cloneStyleFrom(header);
			headerNumeric.setAlignment(HorizontalAlignment.RIGHT);
			CellStyle whole = workbook.createCellStyle();
			whole.setDataFormat(formats.getFormat("#,##0"));
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(formats.getFormat("0.0"));

			List<DashboardTable.Column> columns = table.columns();
			int[] widths = new int[columns.size()];
			int headerAt = titleLines.isEmpty() ? 0 : titleLines.size() + 1;
			for (int i = 0; i < titleLines.size(); i++) {
				Cell cell = sheet.createRow(i).createCell(0);
				cell.setCellValue(titleLines.get(i));
				if (i == 0) {
					cell.setCellStyle(header);
				}
			}
			Row headerRow = sheet.createRow(headerAt);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = headerRow.createCell(i);
				cell.setCellValue(columns.get(i).header());
				cell.setCellStyle(columns.get(i).kind().numeric() ? headerNumeric : header);
				widths[i] = width(columns.get(i).header());
			}
			int rowNumber = headerAt + 1;
			for (List<DashboardTable.Cell> values : table.rowsWithTotal()) {
				Row row = sheet.createRow(rowNumber++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i).value();
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (value instanceof BigDecimal number) {
						cell.setCellValue(number.doubleValue());
						cell.setCellStyle(decimal);
						widths[i] = Math.max(widths[i], number.toPlainString().length());
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.longValue());
						cell.setCellStyle(whole);
						widths[i] = Math.max(widths[i], String.format("%,d", number.longValue()).length());
					}
					else {
						cell.setCellValue(value.toString());
						widths[i] = Math.max(widths[i], width(value.toString()));
					}
				}
				if (table.total() != null && values == table.total()) {
					row.forEach(cell -> {
						CellStyle style = workbook.createCellStyle();
						style.cloneStyleFrom(cell.getCellStyle());
						style.setFont(bold);
						cell.setCellStyle(style);
					});
				}
			}
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARACTERS) + 2) * 256);
			}
			sheet.createFreezePane(0, headerAt + 1);
			workbook.write(out);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/**
	 * Characters a column needs for the text: Hangul and other wide characters take two.
	 */
	static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) >= 0x1100 ? 2 : 1;
		}
		return width;
	}

}
