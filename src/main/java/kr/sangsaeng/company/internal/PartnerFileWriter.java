package kr.sangsaeng.company.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a partner list as a CSV file that Excel opens in Korean (UTF-8 with a byte order mark) and that
 * {@link PartnerFileReader} reads back. Cells that a spreadsheet would run as a formula are written as text.
 */
class PartnerFileWriter implements AutoCloseable {

	private static final List<String> KOREAN_HEADER = List.of("사업자등록번호", "회사명", "차수", "담당자 이메일");

	private static final List<String> ENGLISH_HEADER = List.of("business_registration_number", "company_name", "tier",
			"contact_email");

	private final CSVPrinter printer;

	private final boolean korean;

	PartnerFileWriter(OutputStream out, Locale locale) {
		this.korean = locale != null && "ko".equals(locale.getLanguage());
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
			printer.printRecord(korean ? KOREAN_HEADER : ENGLISH_HEADER);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	void write(Partner partner) {
		try {
			printer.printRecord(neutralise(partner.number().formatted()), neutralise(partner.companyName()),
					korean ? partner.tier().number() + "차" : Integer.toString(partner.tier().number()),
					partner.contactEmail() == null ? "" : neutralise(partner.contactEmail()));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	@Override
	public void close() {
		try {
			printer.flush();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/**
	 * A cell that starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return)
	 * gets a leading apostrophe, so that a spreadsheet shows it instead of running it.
	 */
	static String neutralise(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}

}
