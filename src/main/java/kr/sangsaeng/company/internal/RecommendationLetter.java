package kr.sangsaeng.company.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

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

import kr.sangsaeng.company.RecommendationView;
import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.AgreementCode;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.system.DocumentFonts;
import kr.sangsaeng.system.DocumentFonts.Fonts;

import org.springframework.stereotype.Component;

/**
 * The recommendation letter (추천서) as an A4 PDF, Korean first with English alongside, in the fonts of every
 * document Sangsaeng issues. A withdrawn recommendation's letter says so at the top.
 */
@Component
public class RecommendationLetter {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final Color INK = new Color(0x1b, 0x1f, 0x24);

	private static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);

	private static final Color MUTED = new Color(0x5b, 0x64, 0x70);

	private static final Color ALERT = new Color(0xa6, 0x1b, 0x1b);

	private static final Color LABEL_BACKGROUND = new Color(0xf1, 0xf4, 0xf8);

	private final Institutions institutions;

	private final ProgrammeCatalogue catalogue;

	RecommendationLetter(Institutions institutions, ProgrammeCatalogue catalogue) {
		this.institutions = institutions;
		this.catalogue = catalogue;
	}

	public byte[] render(RecommendationView recommendation) {
		LocalizedName funder = institutions.funder(recommendation.funderCode())
			.map(Institutions.Institution::name)
			.orElse(new LocalizedName(recommendation.funderCode(), recommendation.funderCode()));
		Optional<ProgrammeSummary> programme = ProgrammeCode.isWellFormed(recommendation.programmeCode())
				? catalogue.find(new ProgrammeCode(recommendation.programmeCode())) : Optional.empty();
		Optional<Agreement> agreement = programme
			.flatMap(found -> found.agreement(new AgreementCode(recommendation.agreementCode())));
		try {
			Fonts fonts = DocumentFonts.nanumGothic().forOneDocument();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 54, 54, 54, 60);
			PdfWriter.getInstance(document, out);
			document.addTitle("추천서 " + recommendation.letterNumber());
			document.open();
			if (recommendation.withdrawn()) {
				document.add(centred("철회된 추천  ·  WITHDRAWN "
						+ DATE.format(recommendation.withdrawnAt().atZone(SEOUL)), fonts.bold(12, ALERT), 0, 10));
			}
			document.add(centred("추 천 서", fonts.bold(28, NAVY), 8, 0));
			document.add(centred("Letter of Recommendation", fonts.regular(12, MUTED), 0, 18));

			PdfPTable table = new PdfPTable(2);
			table.setWidthPercentage(100);
			table.setWidths(new float[] { 28, 72 });
			row(table, fonts, "추천번호", "Letter No.", recommendation.letterNumber());
			row(table, fonts, "추천기관", "Recommended by", names(funder));
			row(table, fonts, "기업명", "Company", recommendation.companyName());
			row(table, fonts, "사업자등록번호", "Business reg. No.", recommendation.number().formatted());
			row(table, fonts, "프로그램", "Programme",
					programme.map(found -> names(found.name())).orElse(recommendation.programmeCode()));
			row(table, fonts, "협약", "Agreement", recommendation.agreementCode()
					+ agreement.map(found -> " (" + names(found.agency().name()) + ")").orElse(""));
			row(table, fonts, "협력사 차수", "Partner tier", recommendation.tier() + "차 · Tier " + recommendation.tier());
			row(table, fonts, "추천 금액", "Recommended amount", recommendation.amount().inWords(Locale.KOREAN) + "  ("
					+ recommendation.amount().inFigures(Locale.ENGLISH) + ")");
			row(table, fonts, "유효기한", "Valid until", DATE.format(recommendation.validUntil()));
			row(table, fonts, "발급일", "Issued on", DATE.format(recommendation.issuedAt().atZone(SEOUL)));
			table.setSpacingAfter(20);
			document.add(table);

			Paragraph statement = new Paragraph(16, new Chunk(funder.korean() + "은(는) 위 기업을 협력사로서 위 협약의 상생협력 보증부 대출에 추천합니다.",
					fonts.regular(10, INK)));
			document.add(statement);
			document.add(new Paragraph(14, new Chunk(names(funder) + " recommends the company above, its partner, for a "
					+ "guaranteed win-win loan under the agreement above.", fonts.regular(9, MUTED))));
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Could not render the letter " + recommendation.letterNumber(), ex);
		}
	}

	private static String names(LocalizedName name) {
		return name.korean().equals(name.english()) ? name.korean() : name.korean() + " · " + name.english();
	}

	private static Paragraph centred(String text, Font font, float before, float after) {
		Paragraph paragraph = new Paragraph(new Chunk(text, font));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private static void row(PdfPTable table, Fonts fonts, String korean, String english, String value) {
		PdfPCell label = new PdfPCell();
		label.setBackgroundColor(LABEL_BACKGROUND);
		label.setPadding(6);
		label.addElement(new Phrase(12, new Chunk(korean, fonts.bold(9, INK))));
		label.addElement(new Phrase(10, new Chunk("\n" + english, fonts.regular(7, MUTED))));
		table.addCell(label);
		PdfPCell cell = new PdfPCell();
		cell.setPadding(6);
		cell.addElement(new Phrase(14, new Chunk(value, fonts.regular(10, INK))));
		table.addCell(cell);
	}

}
