package kr.sangsaeng.system;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import org.springframework.core.io.ClassPathResource;

/**
 * The fonts the PDF documents Sangsaeng issues (guarantee certificates, recommendation letters) are drawn in:
 * NanumGothic, regular and bold, embedded as a subset so that Hangul shows the same in every viewer without fonts
 * installed. The font files are read once; each document parses its own fonts.
 */
public final class DocumentFonts {

	private static final DocumentFonts NANUM_GOTHIC = new DocumentFonts(read("fonts/NanumGothic.ttf"),
			read("fonts/NanumGothicBold.ttf"));

	private final byte[] regular;

	private final byte[] bold;

	private DocumentFonts(byte[] regular, byte[] bold) {
		this.regular = regular;
		this.bold = bold;
	}

	public static DocumentFonts nanumGothic() {
		return NANUM_GOTHIC;
	}

	/**
	 * The fonts for one document. Parsing takes milliseconds; OpenPDF does not promise that a font can be shared
	 * between threads.
	 */
	public Fonts forOneDocument() throws DocumentException, IOException {
		return new Fonts(font("NanumGothic.ttf", regular), font("NanumGothicBold.ttf", bold));
	}

	private static byte[] read(String path) {
		try {
			return new ClassPathResource(path).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document font " + path + " is missing", ex);
		}
	}

	private static BaseFont font(String name, byte[] bytes) throws DocumentException, IOException {
		return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
	}

	public record Fonts(BaseFont regularFont, BaseFont boldFont) {

		public Font regular(float size, Color color) {
			return new Font(regularFont, size, Font.NORMAL, color);
		}

		public Font bold(float size, Color color) {
			return new Font(boldFont, size, Font.NORMAL, color);
		}

	}

}
