package kr.sangsaeng.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.sangsaeng.dashboard.ContributionStatement;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.shared.Won;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A funder's contribution statement as an Excel workbook of one sheet, in the reader's language: who, the year and
 * the day issued above the table; amounts as whole-won numbers, dates as dates, multiples as numbers; the totals per
 * kind and in all below it, then the notes. Text is always text, never a formula.
 */
@Component
class ContributionStatementWorkbook {

	static final int AMOUNT_COLUMN = 4;

	private static final int MAX_WIDTH_CHARACTERS = 60;

	private final StatementText text;

	ContributionStatementWorkbook(MessageSource messages) {
		this.text = new StatementText(messages);
	}

	byte[] render(ContributionStatement statement, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(
					WorkbookUtil.createSafeSheetName(text.message("funderStatement.sheet", locale)));
			DataFormat formats = workbook.createDataFormat();
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			CellStyle bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			CellStyle won = workbook.createCellStyle();
			won.setDataFormat(formats.getFormat("#,##0"));
			CellStyle boldWon = workbook.createCellStyle();
			boldWon.cloneStyleFrom(won);
			boldWon.setFont(boldFont);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
			CellStyle multiple = workbook.createCellStyle();
			multiple.setDataFormat(formats.getFormat("0.0#"));

			List<String> headers = text.headers(locale);
			int[] widths = new int[headers.size()];
			int at = 0;
			text(sheet.createRow(at++), 0, text.title(statement, locale), bold, null);
			text(sheet.createRow(at++), 0, text.message("funderStatement.funder", locale) + ": "
					+ statement.funderName().in(locale) + " (" + statement.funder().value() + ")", null, null);
			if (statement.funderBusinessNumber() != null) {
				text(sheet.createRow(at++), 0, text.message("funderStatement.businessNumber", locale) + ": "
						+ statement.funderBusinessNumber(), null, null);
			}
			text(sheet.createRow(at++), 0,
					text.message("funderStatement.year", locale) + ": " + text.year(statement.year(), locale), null, null);
			text(sheet.createRow(at++), 0,
					text.message("funderStatement.issuedOn", locale) + ": " + statement.issuedOn(), null, null);
			at++;
			int headerAt = at;
			if (statement.isEmpty()) {
				text(sheet.createRow(at++), 0, text.empty(statement, locale), null, null);
			}
			else {
				Row header = sheet.createRow(at++);
				for (int i = 0; i < headers.size(); i++) {
					text(header, i, headers.get(i), bold, widths);
				}
				for (ContributionStatement.Line line : statement.lines()) {
					Row row = sheet.createRow(at++);
					text(row, 0, line.agreement().value() + (line.illustrative() ? " *" : ""), null, widths);
					text(row, 1, line.programme().in(locale), null, widths);
					text(row, 2, line.agency().in(locale), null, widths);
					text(row, 3, text.kind(line.kind(), locale), null, widths);
					amount(row, line.amount(), won, widths);
					Cell received = row.createCell(5);
					received.setCellValue(line.receivedOn());
					received.setCellStyle(date);
					widths[5] = Math.max(widths[5], 10);
					if (line.multiple() != null) {
						Cell times = row.createCell(6);
						times.setCellValue(line.multiple().doubleValue());
						times.setCellStyle(multiple);
					}
				}
				for (Map.Entry<ContributionKind, Won> total : statement.totalsByKind().entrySet()) {
					Row row = sheet.createRow(at++);
					text(row, 0, text.totalOfKind(total.getKey(), locale), null, null);
					amount(row, total.getValue(), won, widths);
				}
				Row total = sheet.createRow(at++);
				text(total, 0, text.message("funderStatement.total", locale), bold, null);
				amount(total, statement.total(), boldWon, widths);
				sheet.createFreezePane(0, headerAt + 1);
			}
			at++;
			text(sheet.createRow(at++), 0, text.message("funderStatement.basis", locale), null, null);
			if (statement.hasIllustrativeLines()) {
				text(sheet.createRow(at++), 0, text.message("funderStatement.illustrativeNote", locale), null, null);
			}
			text(sheet.createRow(at), 0, text.message("funderStatement.taxNote", locale), null, null);
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARACTERS) + 2) * 256);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/**
	 * @param widths the columns' widths to widen to the text, {@code null} for text that may run over the next cells
	 */
	private static void text(Row row, int column, String value, CellStyle style, int[] widths) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
		if (widths != null) {
			widths[column] = Math.max(widths[column], XlsxTableWriter.width(value));
		}
	}

	private static void amount(Row row, Won amount, CellStyle style, int[] widths) {
		Cell cell = row.createCell(AMOUNT_COLUMN);
		cell.setCellValue(amount.value());
		cell.setCellStyle(style);
		widths[AMOUNT_COLUMN] = Math.max(widths[AMOUNT_COLUMN], String.format("%,d", amount.value()).length());
	}

}
