package kr.sangsaeng.dashboard.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import kr.sangsaeng.dashboard.ContributionStatement;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.system.DocumentFonts;
import kr.sangsaeng.system.DocumentFonts.Fonts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A funder's contribution statement as an A4 PDF in the reader's language and in the fonts of every document
 * Sangsaeng issues: who contributed, the year, the day issued, each contribution, the totals per kind and in all,
 * and the note on tax credits.
 */
@Component
class ContributionStatementPdf {

	private static final Color INK = new Color(0x1b, 0x1f, 0x24);

	private static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);

	private static final Color MUTED = new Color(0x5b, 0x64, 0x70);

	private static final Color LABEL_BACKGROUND = new Color(0xf1, 0xf4, 0xf8);

	private final StatementText text;

	ContributionStatementPdf(MessageSource messages) {
		this.text = new StatementText(messages);
	}

	byte[] render(ContributionStatement statement, Locale locale) {
		try {
			Fonts fonts = DocumentFonts.nanumGothic().forOneDocument();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
			PdfWriter.getInstance(document, out);
			document.addTitle(text.title(statement, locale));
			document.open();
			Paragraph title = new Paragraph(new Chunk(text.title(statement, locale), fonts.bold(20, NAVY)));
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingAfter(14);
			document.add(title);

			PdfPTable about = new PdfPTable(2);
			about.setWidthPercentage(60);
			about.setHorizontalAlignment(Element.ALIGN_LEFT);
			about.setWidths(new float[] { 30, 70 });
			about(about, fonts, text.message("funderStatement.funder", locale),
					statement.funderName().in(locale) + " (" + statement.funder().value() + ")");
			if (statement.funderBusinessNumber() != null) {
				about(about, fonts, text.message("funderStatement.businessNumber", locale),
						statement.funderBusinessNumber());
			}
			about(about, fonts, text.message("funderStatement.year", locale), text.year(statement.year(), locale));
			about(about, fonts, text.message("funderStatement.issuedOn", locale), statement.issuedOn().toString());
			about.setSpacingAfter(14);
			document.add(about);

			if (statement.isEmpty()) {
				document.add(paragraph(text.empty(statement, locale), fonts.regular(11, INK), 14));
			}
			else {
				document.add(lines(statement, fonts, locale));
			}
			document.add(paragraph(text.message("funderStatement.basis", locale), fonts.regular(8, MUTED), 4));
			if (statement.hasIllustrativeLines()) {
				document.add(paragraph(text.message("funderStatement.illustrativeNote", locale), fonts.regular(8, MUTED), 4));
			}
			document.add(paragraph(text.message("funderStatement.taxNote", locale), fonts.regular(9, INK), 4));
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Could not render the contribution statement of " + statement.funder().value()
					+ " for " + statement.year(), ex);
		}
	}

	private PdfPTable lines(ContributionStatement statement, Fonts fonts, Locale locale) throws DocumentException {
		PdfPTable table = new PdfPTable(7);
		table.setWidthPercentage(100);
		table.setWidths(new float[] { 19, 20, 15, 16, 13, 9, 8 });
		table.setHeaderRows(1);
		for (String header : text.headers(locale)) {
			PdfPCell cell = cell(header, fonts.bold(8, INK), Element.ALIGN_LEFT);
			cell.setBackgroundColor(LABEL_BACKGROUND);
			table.addCell(cell);
		}
		for (ContributionStatement.Line line : statement.lines()) {
			Font font = fonts.regular(8, INK);
			table.addCell(cell(line.agreement().value() + (line.illustrative() ? " *" : ""), font, Element.ALIGN_LEFT));
			table.addCell(cell(line.programme().in(locale), font, Element.ALIGN_LEFT));
			table.addCell(cell(line.agency().in(locale), font, Element.ALIGN_LEFT));
			table.addCell(cell(text.kind(line.kind(), locale), font, Element.ALIGN_LEFT));
			table.addCell(cell(line.amount().inFigures(locale), font, Element.ALIGN_RIGHT));
			table.addCell(cell(line.receivedOn().toString(), font, Element.ALIGN_LEFT));
			table.addCell(cell(StatementText.multiple(line.multiple()), font, Element.ALIGN_RIGHT));
		}
		for (Map.Entry<ContributionKind, Won> total : statement.totalsByKind().entrySet()) {
			total(table, text.totalOfKind(total.getKey(), locale), total.getValue(), fonts.regular(8, INK), locale);
		}
		total(table, text.message("funderStatement.total", locale), statement.total(), fonts.bold(9, INK), locale);
		table.setSpacingAfter(12);
		return table;
	}

	private static void total(PdfPTable table, String label, Won amount, Font font, Locale locale) {
		PdfPCell name = cell(label, font, Element.ALIGN_LEFT);
		name.setColspan(4);
		table.addCell(name);
		table.addCell(cell(amount.inFigures(locale), font, Element.ALIGN_RIGHT));
		PdfPCell rest = cell("", font, Element.ALIGN_LEFT);
		rest.setColspan(2);
		table.addCell(rest);
	}

	private static void about(PdfPTable table, Fonts fonts, String label, String value) {
		PdfPCell name = cell(label, fonts.bold(9, INK), Element.ALIGN_LEFT);
		name.setBackgroundColor(LABEL_BACKGROUND);
		table.addCell(name);
		table.addCell(cell(value, fonts.regular(9, INK), Element.ALIGN_LEFT));
	}

	private static PdfPCell cell(String value, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(12, new Chunk(value, font)));
		cell.setPadding(5);
		cell.setHorizontalAlignment(alignment);
		return cell;
	}

	private static Paragraph paragraph(String value, Font font, float after) {
		Paragraph paragraph = new Paragraph(14, new Chunk(value, font));
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

}
