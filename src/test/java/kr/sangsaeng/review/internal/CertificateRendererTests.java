package kr.sangsaeng.review.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateRendererTests {

	private static final LocalizedName KODIT = new LocalizedName("신용보증기금", "Korea Credit Guarantee Fund");

	private static final LocalizedName KSURE = new LocalizedName("한국무역보험공사", "Korea Trade Insurance Corporation");

	private static final LocalizedName WOORI = new LocalizedName("우리은행", "Woori Bank");

	private static final LocalizedName PROGRAMME = new LocalizedName("현대차·기아·우리·KB 상생금융 (확대)",
			"Hyundai·Kia·Woori·KB win-win financing (expanded)");

	private final CertificateRenderer renderer = new CertificateRenderer();

	@Test
	void statesTheGuaranteeInKoreanWithEnglishAlongside() throws IOException {
		byte[] pdf = this.renderer.render(certificate(KODIT, "김민준", "대출 실행일로부터 1개월 안에 보증료를 납부해야 합니다."));

		PdfReader reader = new PdfReader(pdf);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);

		assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(text).containsPattern("보증서\\s+Certificate of Guarantee");
		assertThat(text).contains("KODIT-2026-000123", "(주)한빛오토텍", "123-45-67890", "김민준", "우리은행",
				"500,000,000원", "5억 원", "425,000,000원", "4억 2,500만 원", "₩425 million", "371만 8,750원", "85%",
				"0.875%", "2026-03-02 ~ 2027-03-01", "2026-03-02 14:05 KST", "보증료를 납부해야 합니다", "이수진");
		assertThat(text).contains("신용보증기금은 위 기업이 우리은행에서 받는 대출에 대하여")
			.contains("보증금액 4억 2,500만 원 한도 안에서 보증합니다")
			.contains("보증번호(KODIT-2026-000123)로 진위를 확인할 수 있습니다");
		assertThat(reader.getInfo()).containsEntry("Title", "보증서 KODIT-2026-000123 / Certificate of Guarantee")
			.containsEntry("Author", "신용보증기금 (Korea Credit Guarantee Fund)")
			.containsKey("Subject");
	}

	@Test
	void embedsTheKoreanFontSoHangulShowsWithoutInstalledFonts() throws IOException {
		PdfReader reader = new PdfReader(this.renderer.render(certificate(KODIT, "김민준", null)));

		PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
		assertThat(fonts.getKeys()).isNotEmpty().allSatisfy(key -> {
			PdfDictionary font = fonts.getAsDict(key);
			assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
			PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
			PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
			assertThat(descriptor.get(PdfName.FONTFILE2)).isNotNull();
			assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+NanumGothic.*");
		});
	}

	@Test
	void rendersWithoutRepresentativeOrConditions() throws IOException {
		byte[] pdf = this.renderer.render(certificate(KSURE, null, "  "));

		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);

		assertThat(text).containsPattern("대표자\\s+Representative\\s+미기재")
			.containsPattern("조건\\s+Conditions\\s+없음")
			.contains("한국무역보험공사는 위 기업이", "4억 2,500만 원")
			.doesNotContain("null");
	}

	private static CertificateContent certificate(LocalizedName agency, String representative, String conditions) {
		return new CertificateContent("KODIT-2026-000123", agency, WOORI, PROGRAMME, "(주)한빛오토텍", "123-45-67890",
				representative, Won.of(500_000_000), Percentage.of("85"), Won.of(425_000_000), Percentage.of("0.875"),
				Won.of(3_718_750), 12, LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1), conditions,
				Instant.parse("2026-03-02T05:05:00Z"), "이수진");
	}

}
