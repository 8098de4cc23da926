package kr.sangsaeng.review.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import kr.sangsaeng.program.YearlyCost;
import kr.sangsaeng.program.YearlyCosts;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.system.DocumentFonts;
import kr.sangsaeng.system.DocumentFonts.Fonts;

import org.springframework.stereotype.Component;

/**
 * Renders a guarantee certificate (보증서) as an A4 PDF: Korean first with English alongside, in NanumGothic embedded
 * as a subset so that Hangul shows the same in every viewer without fonts installed.
 */
@Component
public class CertificateRenderer {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter KOREAN_DATE = DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final Color INK = new Color(0x1b, 0x1f, 0x24);

	private static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);

	private static final Color MUTED = new Color(0x5b, 0x64, 0x70);

	private static final Color GRID = new Color(0xc3, 0xca, 0xd4);

	private static final Color LABEL_BACKGROUND = new Color(0xf1, 0xf4, 0xf8);

	private static final float MARGIN = 54;

	private static final float TOP_MARGIN = 46;

	private static final float BOTTOM_MARGIN = 84;

	private static final float BORDER_INSET = 24;

	/**
	 * The certificate as the bytes of a PDF document.
	 */
	public byte[] render(CertificateContent content) {
		try {
			Fonts fonts = DocumentFonts.nanumGothic().forOneDocument();
			return new Layout(content, fonts).draw();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Could not render the certificate " + content.guaranteeNumber(), ex);
		}
	}

	private static final class Layout {

		private final CertificateContent content;

		private final Fonts fonts;

		private Layout(CertificateContent content, Fonts fonts) {
			this.content = content;
			this.fonts = fonts;
		}

		byte[] draw() throws DocumentException {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, MARGIN, MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
			PdfWriter writer = PdfWriter.getInstance(document, pdf);
			writer.setPageEvent(new Frame(this.fonts, this.content.guaranteeNumber()));
			document.addTitle("보증서 " + this.content.guaranteeNumber() + " / Certificate of Guarantee");
			document.addSubject(this.content.programme().korean() + " — " + this.content.companyName() + " / "
					+ this.content.programme().english());
			document.addAuthor(this.content.agency().korean() + " (" + this.content.agency().english() + ")");
			document.addCreator("Sangsaeng");
			document.addCreationDate();
			document.open();
			heading(document);
			document.add(fields());
			if (this.content.yearlyCosts() != null) {
				document.add(yearlyCosts(this.content.yearlyCosts()));
			}
			document.add(closing());
			document.close();
			return pdf.toByteArray();
		}

		private void heading(Document document) throws DocumentException {
			LocalizedName agency = this.content.agency();
			document.add(paragraph(14, Element.ALIGN_CENTER, text(agency.korean(), this.fonts.bold(11, NAVY)),
					text("   " + agency.english(), this.fonts.regular(8.5f, MUTED))));

			float spacing = 12;
			Paragraph title = paragraph(36, Element.ALIGN_CENTER,
					text("보증서", this.fonts.bold(28, NAVY)).setCharacterSpacing(spacing));
			// Spacing follows the last syllable too; indenting by as much keeps the title centred.
			title.setIndentationLeft(spacing);
			title.setSpacingBefore(8);
			document.add(title);

			Paragraph english = paragraph(18, Element.ALIGN_CENTER,
					text("Certificate of Guarantee", this.fonts.regular(12, MUTED)));
			english.setSpacingAfter(12);
			document.add(english);

			PdfPTable number = new PdfPTable(1);
			number.setWidthPercentage(55);
			PdfPCell cell = new PdfPCell();
			cell.setBorderColor(NAVY);
			cell.setBorderWidth(1.2f);
			cell.setPaddingTop(5);
			cell.setPaddingBottom(8);
			cell.setUseAscender(true);
			cell.addElement(paragraph(11, Element.ALIGN_CENTER,
					text("보증번호   Guarantee No.", this.fonts.regular(8, MUTED))));
			cell.addElement(paragraph(20, Element.ALIGN_CENTER,
					text(this.content.guaranteeNumber(), this.fonts.bold(16, INK))));
			number.addCell(cell);
			number.setSpacingAfter(14);
			document.add(number);
		}

		private PdfPTable fields() throws DocumentException {
			CertificateContent c = this.content;
			PdfPTable table = new PdfPTable(4);
			table.setWidthPercentage(100);
			table.setWidths(new float[] { 19, 31, 19, 31 });
			table.setTableEvent(new OuterRule());
			row(table, "보증번호", "Guarantee No.", text(c.guaranteeNumber(), this.fonts.bold(10, INK)));
			row(table, "보증기관", "Guarantee agency", name(c.agency()));
			row(table, "대출은행", "Lending bank", name(c.bank()));
			row(table, "프로그램", "Programme", name(c.programme()));
			row(table, "기업명", "Company", text(c.companyName(), this.fonts.bold(10, INK)));
			label(table, "사업자등록번호", "Business reg. No.");
			value(table, 1, plain(c.businessNumber()));
			label(table, "대표자", "Representative");
			value(table, 1, c.hasRepresentative() ? new Chunk[] { plain(c.representativeName()) }
					: missing("미기재", "Not stated"));
			row(table, "대출금액", "Loan amount", amount(c.loanAmount()));
			row(table, "보증금액", "Guaranteed amount", amount(c.guaranteedAmount()));
			label(table, "보증비율", "Guarantee ratio");
			value(table, 1, plain(c.guaranteeRatio().plain() + "%"));
			label(table, "보증료율(연)", "Annual fee rate");
			value(table, 1, plain(c.feeRate().plain() + "%"));
			row(table, "연 보증료", "Yearly fee", amount(c.yearlyFee()));
			row(table, "보증기간", "Term", plain(DATE.format(c.validFrom()) + " ~ " + DATE.format(c.validUntil())),
					text("   " + c.termMonths() + "개월", this.fonts.regular(9, INK)),
					text("   " + c.termMonths() + " months", this.fonts.regular(8, MUTED)));
			row(table, "조건", "Conditions",
					c.hasConditions() ? new Chunk[] { plain(c.conditions().strip()) } : missing("없음", "None"));
			label(table, "발급일시", "Issued at");
			value(table, 1, plain(DATE_TIME.format(c.issuedAt().atZone(SEOUL)) + " KST"));
			label(table, "승인자", "Approved by");
			value(table, 1, plain(c.approvedBy()));
			return table;
		}

		/**
		 * The guarantee's cost year by year, as the programme page, the SME's application and the bank's loan show it.
		 */
		private PdfPTable yearlyCosts(YearlyCosts costs) throws DocumentException {
			PdfPTable table = new PdfPTable(5);
			table.setWidthPercentage(100);
			table.setSpacingBefore(8);
			table.setWidths(new float[] { 16, 21, 21, 21, 21 });
			table.setTableEvent(new OuterRule());
			label(table, "연차", "Year");
			label(table, "보증료", "Fee");
			label(table, "출연기관 부담", "Funders pay");
			label(table, "기업 부담", "Company pays");
			label(table, "금리우대 절감", "Interest saved");
			for (YearlyCost year : costs.years()) {
				figure(table, year.months() == 12 ? year.year() + "년차 / Year " + year.year()
						: year.year() + "년차 (" + year.months() + "개월) / Year " + year.year());
				figure(table, year.fee().inFigures(Locale.KOREAN));
				figure(table, year.paidByFunders().inFigures(Locale.KOREAN));
				figure(table, year.paidBySme().inFigures(Locale.KOREAN));
				figure(table, year.interestSaved().inFigures(Locale.KOREAN));
			}
			figure(table, "합계 / Total");
			figure(table, costs.totalFee().inFigures(Locale.KOREAN));
			figure(table, costs.totalPaidByFunders().inFigures(Locale.KOREAN));
			figure(table, costs.totalPaidBySme().inFigures(Locale.KOREAN));
			figure(table, costs.totalInterestSaved().inFigures(Locale.KOREAN));
			return table;
		}

		private void figure(PdfPTable table, String figure) {
			PdfPCell cell = cell();
			cell.addElement(paragraph(11, Element.ALIGN_LEFT, text(figure, this.fonts.regular(8, INK))));
			table.addCell(cell);
		}

		private void row(PdfPTable table, String korean, String english, Chunk... value) {
			label(table, korean, english);
			value(table, 3, value);
		}

		private void label(PdfPTable table, String korean, String english) {
			PdfPCell label = cell();
			label.setBackgroundColor(LABEL_BACKGROUND);
			label.addElement(paragraph(11, Element.ALIGN_LEFT, text(korean, this.fonts.bold(9, INK))));
			label.addElement(paragraph(9, Element.ALIGN_LEFT, text(english, this.fonts.regular(7, MUTED))));
			table.addCell(label);
		}

		private void value(PdfPTable table, int columns, Chunk... value) {
			PdfPCell cell = cell();
			cell.setColspan(columns);
			cell.addElement(paragraph(14, Element.ALIGN_LEFT, value));
			table.addCell(cell);
		}

		private Chunk plain(String value) {
			return text(value, this.fonts.regular(10, INK));
		}

		private Chunk[] name(LocalizedName name) {
			return new Chunk[] { plain(name.korean()), text("   " + name.english(), this.fonts.regular(8, MUTED)) };
		}

		private Chunk[] amount(Won amount) {
			return new Chunk[] { text(amount.inFigures(Locale.KOREAN), this.fonts.bold(10, INK)),
					text("   " + amount.inWords(Locale.KOREAN), this.fonts.regular(9, INK)),
					text("   " + amount.inWords(Locale.ENGLISH), this.fonts.regular(8, MUTED)) };
		}

		private Chunk[] missing(String korean, String english) {
			return new Chunk[] { text(korean, this.fonts.regular(10, MUTED)),
					text("   " + english, this.fonts.regular(8, MUTED)) };
		}

		/**
		 * The guarantee in a sentence, then the date and the issuing agency, kept on one page together.
		 */
		private PdfPTable closing() {
			CertificateContent c = this.content;
			PdfPCell cell = new PdfPCell();
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPadding(0);
			cell.setUseAscender(true);

			String terms = c.hasConditions() ? "의 보증 조건과 위 조건에 따라" : "의 보증 조건에 따라";
			String korean = withTopicParticle(c.agency().korean()) + " 위 기업이 " + c.bank().korean()
					+ "에서 받는 대출에 대하여 「" + c.programme().korean() + "」" + terms + " 보증금액 "
					+ c.guaranteedAmount().inWords(Locale.KOREAN) + " 한도 안에서 보증합니다.";
			cell.addElement(paragraph(15, Element.ALIGN_LEFT, text(korean, this.fonts.regular(10, INK))));

			String englishTerms = c.hasConditions() ? " programme and the conditions above." : " programme.";
			String english = "The " + c.agency().english() + " guarantees the loan made by " + c.bank().english()
					+ " to the above company, up to the guaranteed amount of "
					+ c.guaranteedAmount().inFigures(Locale.ENGLISH) + ", under the terms of the "
					+ c.programme().english() + englishTerms;
			Paragraph translation = paragraph(12, Element.ALIGN_LEFT, text(english, this.fonts.regular(8.5f, MUTED)));
			translation.setSpacingBefore(3);
			cell.addElement(translation);

			ZonedDateTime issued = c.issuedAt().atZone(SEOUL);
			Paragraph date = paragraph(14, Element.ALIGN_CENTER,
					text(KOREAN_DATE.format(issued), this.fonts.regular(10, INK)),
					text("   " + ENGLISH_DATE.format(issued), this.fonts.regular(8.5f, MUTED)));
			date.setSpacingBefore(16);
			cell.addElement(date);
			cell.addElement(paragraph(26, Element.ALIGN_CENTER, text(c.agency().korean(), this.fonts.bold(16, NAVY))));
			cell.addElement(
					paragraph(12, Element.ALIGN_CENTER, text(c.agency().english(), this.fonts.regular(9, MUTED))));

			PdfPTable block = new PdfPTable(1);
			block.setWidthPercentage(100);
			block.setKeepTogether(true);
			block.setSpacingBefore(18);
			block.addCell(cell);
			return block;
		}

		private static PdfPCell cell() {
			PdfPCell cell = new PdfPCell();
			cell.setBorderColor(GRID);
			cell.setBorderWidth(0.5f);
			cell.setPaddingLeft(8);
			cell.setPaddingRight(8);
			cell.setPaddingTop(4);
			cell.setPaddingBottom(6);
			cell.setUseAscender(true);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			return cell;
		}

		private static Paragraph paragraph(float leading, int alignment, Chunk... chunks) {
			Paragraph paragraph = new Paragraph();
			// Spacing before and after is set in the paragraph's own font; without one OpenPDF falls back to
			// Helvetica, which is not embedded.
			paragraph.setFont(chunks[0].getFont());
			paragraph.setLeading(leading, 0);
			paragraph.setAlignment(alignment);
			for (Chunk chunk : chunks) {
				paragraph.add(chunk);
			}
			return paragraph;
		}

		/**
		 * The name followed by 은 or 는, as its last syllable asks; 은(는) when the name does not end in Hangul.
		 */
		static String withTopicParticle(String name) {
			char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
			if (last < '가' || last > '힣') {
				return name + "은(는)";
			}
			boolean closed = (last - '가') % 28 != 0;
			return name + (closed ? "은" : "는");
		}

	}

	/**
	 * Text that wraps between words only: OpenPDF would otherwise break Korean between any two syllables.
	 */
	private static Chunk text(String text, Font font) {
		return new Chunk(text, font).setSplitCharacter(CertificateRenderer::betweenWords);
	}

	private static boolean betweenWords(int start, int current, int end, char[] characters, PdfChunk[] chunks) {
		char character = characters[current];
		return Character.isWhitespace(character) || character == '-';
	}

	/**
	 * Draws a thicker rule around the field table than between its cells.
	 */
	private static final class OuterRule implements PdfPTableEvent {

		@Override
		public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
				PdfContentByte[] canvases) {
			float[] columns = widths[0];
			PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
			canvas.saveState();
			canvas.setColorStroke(NAVY);
			canvas.setLineWidth(1.2f);
			canvas.rectangle(columns[0], heights[heights.length - 1], columns[columns.length - 1] - columns[0],
					heights[0] - heights[heights.length - 1]);
			canvas.stroke();
			canvas.restoreState();
		}

	}

	/**
	 * The double border and the verification footer on every page.
	 */
	private static final class Frame extends PdfPageEventHelper {

		private final Fonts fonts;

		private final String guaranteeNumber;

		private Frame(Fonts fonts, String guaranteeNumber) {
			this.fonts = fonts;
			this.guaranteeNumber = guaranteeNumber;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			Rectangle page = document.getPageSize();
			PdfContentByte canvas = writer.getDirectContent();
			canvas.saveState();
			canvas.setColorStroke(NAVY);
			canvas.setLineWidth(1.5f);
			frame(canvas, page, BORDER_INSET);
			canvas.setLineWidth(0.4f);
			frame(canvas, page, BORDER_INSET + 4);
			canvas.setColorStroke(GRID);
			canvas.setLineWidth(0.5f);
			float rule = document.bottomMargin() - 10;
			canvas.moveTo(document.left(), rule);
			canvas.lineTo(document.right(), rule);
			canvas.stroke();
			canvas.restoreState();

			String korean = "이 보증서는 상생(Sangsaeng)에서 전자적으로 발급되었으며, 보증번호(" + this.guaranteeNumber
					+ ")로 진위를 확인할 수 있습니다.";
			String english = "Issued electronically by Sangsaeng. Its authenticity can be verified with "
					+ "guarantee number " + this.guaranteeNumber + ".";
			float centre = (document.left() + document.right()) / 2;
			ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
					new Phrase(text(korean, this.fonts.regular(7.5f, MUTED))), centre, rule - 14, 0);
			ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
					new Phrase(text(english, this.fonts.regular(7, MUTED))), centre, rule - 25, 0);
		}

		private static void frame(PdfContentByte canvas, Rectangle page, float inset) {
			canvas.rectangle(page.getLeft() + inset, page.getBottom() + inset, page.getWidth() - 2 * inset,
					page.getHeight() - 2 * inset);
			canvas.stroke();
		}

	}

}
