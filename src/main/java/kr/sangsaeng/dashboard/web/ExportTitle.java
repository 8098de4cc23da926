package kr.sangsaeng.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.dashboard.Period;
import kr.sangsaeng.program.ProgrammeSummary;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;

/**
 * What a download of a filtered table covers, said where a reader of the file finds it: the title rows above the
 * table (its heading, the programme, the period and the day it was made) and the file's name, in the reader's
 * language, with a plain ASCII name for programs that cannot read another.
 *
 * @param lines the title rows, empty for a table that covers everything the reader may see
 * @param fileName the file's name in the reader's language, without its extension
 * @param asciiFileName the same in ASCII, without its extension
 */
record ExportTitle(List<String> lines, String fileName, String asciiFileName) {

	/** Characters that no file system takes in a name, and control characters. */
	private static final String NOT_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}]+";

	/**
	 * The title of a table that covers all the reader may see, as of {@code today}: no title rows, its name.
	 */
	static ExportTitle plain(DashboardTable table, LocalDate today) {
		String name = "sangsaeng-" + table.name() + "-" + today;
		return new ExportTitle(List.of(), name, name);
	}

	/**
	 * The title of {@code table} filtered to {@code programme} ({@code null} for all the reader may see) and
	 * {@code period}.
	 */
	static ExportTitle filtered(DashboardTable table, ProgrammeSummary programme, Period period, LocalDate today,
			MessageSource messages, Locale locale) {
		String programmeName = programme == null ? messages.getMessage("dashboard.filter.allProgrammes", null, locale)
				: programme.name().in(locale);
		String programmeLine = programme == null ? programmeName : programmeName + " (" + programme.code().value() + ")";
		String periodText = periodText(period, messages, locale);
		List<String> lines = List.of(table.title(),
				messages.getMessage("dashboard.export.programme", new Object[] { programmeLine }, locale),
				messages.getMessage("dashboard.export.period", new Object[] { periodText }, locale),
				messages.getMessage("dashboard.export.asOf", new Object[] { today }, locale));
		String fileName = String.join("_", messages.getMessage("dashboard.export.fileName", null, locale),
				table.title(), programmeName, periodText, today.toString())
			.replaceAll(NOT_IN_FILE_NAMES, "-")
			.strip();
		String asciiFileName = String.join("-", "sangsaeng", table.name(),
				programme == null ? "all" : programme.code().value(),
				period.from() == null ? "start" : period.from().toString(),
				period.to() == null ? "now" : period.to().toString(), today.toString())
			.replaceAll("[^A-Za-z0-9._-]+", "-");
		return new ExportTitle(lines, fileName, asciiFileName);
	}

	/**
	 * The Content-Disposition of the download (RFC 6266): the ASCII name as {@code filename} and, when the name in
	 * the reader's language differs, that name as {@code filename*} in UTF-8 (RFC 5987), which browsers prefer.
	 */
	String contentDisposition(String extension) {
		String ascii = ContentDisposition.attachment().filename(asciiFileName + "." + extension).build().toString();
		if (fileName.equals(asciiFileName)) {
			return ascii;
		}
		String utf8 = ContentDisposition.attachment()
			.filename(fileName + "." + extension, StandardCharsets.UTF_8)
			.build()
			.toString();
		return ascii + utf8.substring(utf8.indexOf(';'));
	}

	private static String periodText(Period period, MessageSource messages, Locale locale) {
		if (period.isOpen()) {
			return messages.getMessage("dashboard.export.period.all", null, locale);
		}
		if (period.to() == null) {
			return messages.getMessage("dashboard.export.period.from", new Object[] { period.from().toString() },
					locale);
		}
		if (period.from() == null) {
			return messages.getMessage("dashboard.export.period.to", new Object[] { period.to().toString() }, locale);
		}
		return messages.getMessage("dashboard.export.period.between",
				new Object[] { period.from().toString(), period.to().toString() }, locale);
	}

}
