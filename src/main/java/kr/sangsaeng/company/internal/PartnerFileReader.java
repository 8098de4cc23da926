package kr.sangsaeng.company.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.UnreadablePartnerFile.Reason;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.InvalidBusinessRegistrationNumberException;
import kr.sangsaeng.shared.MailAddresses;

/**
 * Reads a partner list as spreadsheets export it: CSV with a header row (number, company name, tier and, when the
 * file has the column, the contact address the company is reached at), in UTF-8 (with or without a byte order
 * mark) or in the CP949 that Korean Excel writes. Every row is checked on its own, so that one upload tells the
 * administrator about every bad row at once.
 */
class PartnerFileReader {

	static final int MAX_ROWS = 100_000;

	static final int MAX_NAME_LENGTH = 200;

	static final Charset KOREAN_EXCEL = Charset.forName("x-windows-949");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	/**
	 * The columns a file reads, and the header names (compared without case, blanks, '_' or '-') for each; all but
	 * the contact address must be there.
	 */
	enum Column {

		NUMBER(true, "사업자등록번호", "business_registration_number"), NAME(true, "회사명", "상호", "company_name"),
		TIER(true, "차수", "협력사 차수", "tier"),
		CONTACT(false, "담당자 이메일", "담당자 메일", "담당자 이메일 주소", "contact_email", "contact_e-mail");

		private final boolean required;

		private final List<String> headers;

		Column(boolean required, String... headers) {
			this.required = required;
			this.headers = List.of(headers);
		}

		List<String> headers() {
			return headers;
		}

		boolean isNamed(String header) {
			return headers.stream().anyMatch(name -> normalise(name).equals(normalise(header)));
		}

	}

	/**
	 * What a file held.
	 *
	 * @param encoding the character set the file was read in
	 */
	record PartnerFile(Charset encoding, List<PartnerFileRow> rows) {
	}

	PartnerFile read(byte[] content) throws UnreadablePartnerFile {
		if (content.length == 0) {
			throw new UnreadablePartnerFile(Reason.EMPTY);
		}
		refuseBinary(content);
		Charset encoding = StandardCharsets.UTF_8;
		String text;
		try {
			text = decode(content, encoding);
		}
		catch (CharacterCodingException notUtf8) {
			encoding = KOREAN_EXCEL;
			text = decodeOrRefuse(content, encoding);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new UnreadablePartnerFile(Reason.EMPTY);
		}
		return new PartnerFile(encoding, rows(text));
	}

	private List<PartnerFileRow> rows(String text) throws UnreadablePartnerFile {
		LineIndex lines = new LineIndex(text);
		List<PartnerFileRow> rows = new ArrayList<>();
		Map<String, Integer> firstLineOfNumber = new HashMap<>();
		long linesRead = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			Map<Column, Integer> columns = null;
			for (CSVRecord record : parser) {
				linesRead = parser.getCurrentLineNumber();
				if (isBlank(record)) {
					continue;
				}
				if (columns == null) {
					columns = columns(record);
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new UnreadablePartnerFile(Reason.TOO_MANY_ROWS, MAX_ROWS);
				}
				rows.add(row(lines.lineAt(record.getCharacterPosition()), record, columns, firstLineOfNumber));
			}
			if (columns == null) {
				throw new UnreadablePartnerFile(Reason.EMPTY);
			}
		}
		catch (IOException | UncheckedIOException malformed) {
			throw new UnreadablePartnerFile(Reason.MALFORMED, linesRead + 1);
		}
		if (rows.isEmpty()) {
			throw new UnreadablePartnerFile(Reason.NO_ROWS);
		}
		return rows;
	}

	private static Map<Column, Integer> columns(CSVRecord header) throws UnreadablePartnerFile {
		Map<Column, Integer> columns = new LinkedHashMap<>();
		for (int index = 0; index < header.size(); index++) {
			String name = header.get(index);
			for (Column column : Column.values()) {
				if (column.isNamed(name)) {
					columns.putIfAbsent(column, index);
				}
			}
		}
		List<String> missing = Arrays.stream(Column.values())
			.filter(column -> column.required && !columns.containsKey(column))
			.map(column -> String.join(" / ", column.headers()))
			.toList();
		if (!missing.isEmpty()) {
			throw new UnreadablePartnerFile(Reason.MISSING_COLUMNS, String.join(", ", missing));
		}
		return columns;
	}

	private static PartnerFileRow row(int lineNumber, CSVRecord record, Map<Column, Integer> columns,
			Map<String, Integer> firstLineOfNumber) {
		String numberAsGiven = cell(record, columns.get(Column.NUMBER));
		String nameAsGiven = cell(record, columns.get(Column.NAME));
		String tierAsGiven = cell(record, columns.get(Column.TIER));
		String contactAsGiven = columns.containsKey(Column.CONTACT) ? cell(record, columns.get(Column.CONTACT)) : "";
		Set<RowProblem> problems = EnumSet.noneOf(RowProblem.class);

		BusinessRegistrationNumber number = null;
		Integer duplicateOf = null;
		if (numberAsGiven.isBlank()) {
			problems.add(RowProblem.MISSING_NUMBER);
		}
		else {
			try {
				number = BusinessRegistrationNumber.parse(numberAsGiven);
				duplicateOf = firstLineOfNumber.putIfAbsent(number.digits(), lineNumber);
				if (duplicateOf != null) {
					problems.add(RowProblem.DUPLICATE_IN_FILE);
				}
			}
			catch (InvalidBusinessRegistrationNumberException invalid) {
				problems.add(switch (invalid.reason()) {
					case CHECKSUM -> RowProblem.BAD_CHECKSUM;
					case NOT_ISSUED -> RowProblem.NUMBER_NOT_ISSUED;
					case FORMAT -> RowProblem.BAD_NUMBER_FORMAT;
				});
			}
		}

		String companyName = companyName(nameAsGiven);
		if (companyName.isEmpty()) {
			problems.add(RowProblem.MISSING_NAME);
		}
		else if (companyName.codePointCount(0, companyName.length()) > MAX_NAME_LENGTH) {
			problems.add(RowProblem.NAME_TOO_LONG);
		}

		PartnerTier tier = null;
		if (tierAsGiven.isBlank()) {
			problems.add(RowProblem.MISSING_TIER);
		}
		else {
			tier = tier(tierAsGiven).orElse(null);
			if (tier == null) {
				problems.add(RowProblem.UNKNOWN_TIER);
			}
		}

		String contact = contactEmail(contactAsGiven);
		if (contact != null && !MailAddresses.isWellFormed(contact)) {
			problems.add(RowProblem.BAD_CONTACT_EMAIL);
		}
		return problems.isEmpty()
				? new PartnerFileRow(lineNumber, numberAsGiven, nameAsGiven, tierAsGiven, contactAsGiven, number,
						companyName, tier, contact, Set.of(), null)
				: new PartnerFileRow(lineNumber, numberAsGiven, nameAsGiven, tierAsGiven, contactAsGiven, null, null,
						null, null, problems, duplicateOf);
	}

	/**
	 * A contact address as it is kept: blanks around it go; an empty cell gives none.
	 */
	static String contactEmail(String cell) {
		String address = cell == null ? "" : cell.strip();
		return address.isEmpty() ? null : address;
	}

	/**
	 * A company name as it is kept: line breaks and tabs inside the cell become spaces, blanks around it go, and
	 * Hangul written as separate letters (as macOS saves it) is composed into syllables, so that the same name is
	 * always the same text. Anything else, including text that a spreadsheet would take for a formula, is kept as
	 * it is.
	 */
	static String companyName(String cell) {
		StringBuilder name = new StringBuilder(cell.length());
		cell.codePoints().forEach(c -> name.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
		return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
	}

	/**
	 * Reads {@code 1}, {@code 2}, {@code 3} and {@code 1차}, {@code 2차}, {@code 3차}.
	 */
	static Optional<PartnerTier> tier(String cell) {
		String value = cell.replaceAll("\\s+", "");
		if (value.endsWith("차")) {
			value = value.substring(0, value.length() - 1);
		}
		return switch (value) {
			case "1" -> Optional.of(PartnerTier.TIER_1);
			case "2" -> Optional.of(PartnerTier.TIER_2);
			case "3" -> Optional.of(PartnerTier.TIER_3);
			default -> Optional.empty();
		};
	}

	private static String cell(CSVRecord record, int index) {
		return index < record.size() ? record.get(index) : "";
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static String normalise(String header) {
		return Normalizer.normalize(header, Normalizer.Form.NFC)
			.replace("\uFEFF", "")
			.replaceAll("[\\s_\\-]+", "")
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * Refuses what is plainly not text: documents, archives and workbooks (an {@code .xlsx} is a zip archive, an
	 * {@code .xls} a compound document), and anything with NUL bytes.
	 */
	private static void refuseBinary(byte[] content) throws UnreadablePartnerFile {
		if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new UnreadablePartnerFile(Reason.SPREADSHEET_WORKBOOK);
		}
		for (byte b : content) {
			if (b == 0) {
				throw new UnreadablePartnerFile(Reason.NOT_TEXT);
			}
		}
		if (startsWith(content, '%', 'P', 'D', 'F')) {
			throw new UnreadablePartnerFile(Reason.NOT_TEXT);
		}
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String decodeOrRefuse(byte[] content, Charset encoding) throws UnreadablePartnerFile {
		try {
			return decode(content, encoding);
		}
		catch (CharacterCodingException neitherUtf8NorKorean) {
			throw new UnreadablePartnerFile(Reason.NOT_TEXT);
		}
	}

	private static String decode(byte[] content, Charset encoding) throws CharacterCodingException {
		return encoding.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content))
			.toString();
	}

	/**
	 * Finds the line a character of the text is on, counting {@code \n}, {@code \r\n} and a lone {@code \r} as
	 * line breaks.
	 */
	private static final class LineIndex {

		private final int[] lineStarts;

		private final int lineCount;

		LineIndex(String text) {
			int[] starts = new int[64];
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
				if (lineBreak) {
					if (count == starts.length) {
						starts = Arrays.copyOf(starts, count * 2);
					}
					starts[count++] = i + 1;
				}
			}
			this.lineStarts = starts;
			this.lineCount = count;
		}

		int lineAt(long position) {
			int found = Arrays.binarySearch(lineStarts, 0, lineCount, (int) position);
			return found >= 0 ? found + 1 : -found - 1;
		}

	}

}
