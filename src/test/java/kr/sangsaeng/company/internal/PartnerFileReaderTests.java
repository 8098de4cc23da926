package kr.sangsaeng.company.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.sangsaeng.company.PartnerTier;
import kr.sangsaeng.company.internal.PartnerFileReader.PartnerFile;
import kr.sangsaeng.company.internal.UnreadablePartnerFile.Reason;
import kr.sangsaeng.shared.BusinessRegistrationNumber;

import static kr.sangsaeng.company.TestNumbers.number;
import static kr.sangsaeng.company.TestNumbers.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerFileReaderTests {

	private static final Charset CP949 = Charset.forName("x-windows-949");

	private final PartnerFileReader reader = new PartnerFileReader();

	private final BusinessRegistrationNumber a = number("9801", 1);

	private final BusinessRegistrationNumber b = number("9801", 2);

	private final BusinessRegistrationNumber c = number("9801", 3);

	private String fileOfGoodAndBadRows() {
		return String.join("\r\n", "사업자등록번호,회사명,차수", // line 1
				a.formatted() + ",(주)가람정밀,1차", // 2
				b.digits() + ",나래오토텍(주),2", // 3
				a.digits() + ",(주)가람정밀 본사,2", // 4: same number as line 2
				withWrongCheckDigit(c) + ",바른테크,1", // 5
				"12-345-67890,사랑전자,2", // 6
				",새봄금속,3", // 7
				c.formatted() + ",,2", // 8
				number("9801", 4).formatted() + ",아름화학,4차", // 9
				number("9801", 5).formatted() + "," + "가".repeat(201) + ",1", // 10
				number("9801", 6).formatted() + ",한결기계,", // 11
				"", // 12: blank, skipped
				number("9801", 7).formatted() + ",\"여러 줄\n상호\",3", // 13 and 14
				number("9801", 7).formatted() + ",다시 나온 회사,3", // 15
				"abc,,") // 16
			+ "\r\n";
	}

	@Test
	void readsGoodRowsAndGivesEveryBadRowItsLineAndReasonsInUtf8() throws Exception {
		PartnerFile file = reader.read(fileOfGoodAndBadRows().getBytes(StandardCharsets.UTF_8));

		assertThat(file.encoding()).isEqualTo(StandardCharsets.UTF_8);
		assertGoodAndBadRows(file);
	}

	@Test
	void readsTheSameFileSavedByKoreanExcelInCp949() throws Exception {
		PartnerFile file = reader.read(fileOfGoodAndBadRows().getBytes(CP949));

		assertThat(file.encoding()).isEqualTo(CP949);
		assertGoodAndBadRows(file);
	}

	@Test
	void aNumberNoTaxOfficeIssuesIsARowErrorThoughItsCheckDigitMatches() throws Exception {
		byte[] content = ("사업자등록번호,회사명,차수\n000-00-00000,(주)없는회사,1\n124-00-00999,(주)가짜상사,2\n")
			.getBytes(StandardCharsets.UTF_8);
		PartnerFile file = reader.read(content);
		assertThat(file.rows()).hasSize(2)
			.allSatisfy(row -> assertThat(row.problems()).containsExactly(RowProblem.NUMBER_NOT_ISSUED));
	}

	@Test
	void ignoresAUtf8ByteOrderMark() throws Exception {
		byte[] content = ("\uFEFF사업자등록번호,회사명,차수\n" + a.formatted() + ",(주)가람정밀,1\n").getBytes(StandardCharsets.UTF_8);
		PartnerFile file = reader.read(content);
		assertThat(file.rows()).singleElement().satisfies(row -> {
			assertThat(row.isGood()).isTrue();
			assertThat(row.lineNumber()).isEqualTo(2);
		});
	}

	private void assertGoodAndBadRows(PartnerFile file) {
		Map<Integer, PartnerFileRow> byLine = file.rows()
			.stream()
			.collect(Collectors.toMap(PartnerFileRow::lineNumber, row -> row));
		assertThat(byLine).containsOnlyKeys(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16);

		assertThat(byLine.get(2)).satisfies(row -> {
			assertThat(row.problems()).isEmpty();
			assertThat(row.number()).isEqualTo(a);
			assertThat(row.companyName()).isEqualTo("(주)가람정밀");
			assertThat(row.tier()).isEqualTo(PartnerTier.TIER_1);
		});
		assertThat(byLine.get(3)).satisfies(row -> {
			assertThat(row.problems()).isEmpty();
			assertThat(row.number()).isEqualTo(b);
			assertThat(row.companyName()).isEqualTo("나래오토텍(주)");
			assertThat(row.tier()).isEqualTo(PartnerTier.TIER_2);
		});
		assertThat(byLine.get(13)).satisfies(row -> {
			assertThat(row.problems()).isEmpty();
			assertThat(row.companyName()).isEqualTo("여러 줄 상호");
		});

		assertThat(byLine.get(4).problems()).containsExactly(RowProblem.DUPLICATE_IN_FILE);
		assertThat(byLine.get(4).duplicateOf()).isEqualTo(2);
		assertThat(byLine.get(5).problems()).containsExactly(RowProblem.BAD_CHECKSUM);
		assertThat(byLine.get(6).problems()).containsExactly(RowProblem.BAD_NUMBER_FORMAT);
		assertThat(byLine.get(7).problems()).containsExactly(RowProblem.MISSING_NUMBER);
		assertThat(byLine.get(8).problems()).containsExactly(RowProblem.MISSING_NAME);
		assertThat(byLine.get(9).problems()).containsExactly(RowProblem.UNKNOWN_TIER);
		assertThat(byLine.get(10).problems()).containsExactly(RowProblem.NAME_TOO_LONG);
		assertThat(byLine.get(11).problems()).containsExactly(RowProblem.MISSING_TIER);
		assertThat(byLine.get(15).problems()).containsExactly(RowProblem.DUPLICATE_IN_FILE);
		assertThat(byLine.get(15).duplicateOf()).isEqualTo(13);
		assertThat(byLine.get(16).problems()).containsExactlyInAnyOrder(RowProblem.BAD_NUMBER_FORMAT,
				RowProblem.MISSING_NAME, RowProblem.MISSING_TIER);
		assertThat(byLine.get(16).numberAsGiven()).isEqualTo("abc");
	}

	@Test
	void acceptsEnglishHeadersInAnyOrderWithOtherColumns() throws Exception {
		String csv = "Tier,Note,Company Name,business_registration_number\n2,our supplier,대성정밀(주)," + a.digits()
				+ "\n";
		assertThat(reader.read(csv.getBytes(StandardCharsets.UTF_8)).rows()).singleElement().satisfies(row -> {
			assertThat(row.companyName()).isEqualTo("대성정밀(주)");
			assertThat(row.tier()).isEqualTo(PartnerTier.TIER_2);
			assertThat(row.number()).isEqualTo(a);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "사업자등록번호,상호,협력사 차수", "사업자등록번호,회사명,차수", "business_registration_number,company_name,tier" })
	void acceptsEveryNamedHeader(String header) throws Exception {
		assertThat(reader.read((header + "\n" + a.formatted() + ",한일오토텍(주),3차").getBytes(StandardCharsets.UTF_8))
			.rows()).singleElement().satisfies(row -> assertThat(row.isGood()).isTrue());
	}

	@Test
	void composesHangulThatMacosSavedAsSeparateLetters() throws Exception {
		String decomposed = java.text.Normalizer.normalize("사업자등록번호,회사명,차수\n" + a.formatted() + ",한일오토텍(주),1\n",
				java.text.Normalizer.Form.NFD);
		assertThat(decomposed).doesNotContain("한일");
		assertThat(reader.read(decomposed.getBytes(StandardCharsets.UTF_8)).rows()).singleElement()
			.satisfies(row -> assertThat(row.companyName()).isEqualTo("한일오토텍(주)"));
	}

	@Test
	void keepsAFormulaLookingNameAsText() throws Exception {
		String csv = "사업자등록번호,회사명,차수\n" + a.formatted() + ",\"=cmd|' /C calc'!A0\",1\n";
		assertThat(reader.read(csv.getBytes(StandardCharsets.UTF_8)).rows()).singleElement()
			.satisfies(row -> assertThat(row.companyName()).isEqualTo("=cmd|' /C calc'!A0"));
	}

	@Test
	void refusesAFileWithoutTheRequiredColumnsAndNamesThoseMissing() {
		assertThatThrownBy(() -> reader.read("사업자등록번호,대표자\n1018101015,홍길동\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(UnreadablePartnerFile.class, refused -> {
				assertThat(refused.reason()).isEqualTo(Reason.MISSING_COLUMNS);
				assertThat(refused.details()).singleElement()
					.asString()
					.contains("회사명", "company_name", "차수", "tier")
					.doesNotContain("사업자등록번호");
			});
	}

	@Test
	void refusesAQuotationMarkThatIsNeverClosedNamingTheLineItStartsOn() {
		String csv = "사업자등록번호,회사명,차수\n" + a.formatted() + ",가람정밀,1\n" + b.formatted() + ",\"나래,2\n";
		assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(UnreadablePartnerFile.class, refused -> {
				assertThat(refused.reason()).isEqualTo(Reason.MALFORMED);
				assertThat(refused.details()).containsExactly(3L);
			});
	}

	@Test
	void refusesWhatIsNotText() {
		assertRefused(new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 }, Reason.SPREADSHEET_WORKBOOK);
		assertRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1 },
				Reason.SPREADSHEET_WORKBOOK);
		assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_TEXT);
		assertRefused(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 }, Reason.NOT_TEXT);
		assertRefused(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, Reason.NOT_TEXT);
		assertRefused(new byte[0], Reason.EMPTY);
		assertRefused("사업자등록번호,회사명,차수\n".getBytes(StandardCharsets.UTF_8), Reason.NO_ROWS);
	}

	@Test
	void refusesMoreRowsThanOneImportTakes() {
		StringBuilder csv = new StringBuilder("사업자등록번호,회사명,차수\n");
		for (int i = 0; i <= PartnerFileReader.MAX_ROWS; i++) {
			csv.append("x,y,1\n");
		}
		assertRefused(csv.toString().getBytes(StandardCharsets.UTF_8), Reason.TOO_MANY_ROWS);
	}

	@Test
	void readsTiersAsWrittenInKoreanOrAsDigits() {
		assertThat(Set.of("1", "1차", " 1 차 ").stream().map(PartnerFileReader::tier).toList())
			.allSatisfy(tier -> assertThat(tier).contains(PartnerTier.TIER_1));
		assertThat(List.of("3차", "3").stream().map(PartnerFileReader::tier).toList())
			.allSatisfy(tier -> assertThat(tier).contains(PartnerTier.TIER_3));
		assertThat(List.of("4", "0", "일차", "1.0", "tier 1").stream().map(PartnerFileReader::tier).toList())
			.allSatisfy(tier -> assertThat(tier).isEmpty());
	}

	@Test
	void readsAnOptionalContactEmailColumnAndRefusesAnAddressMailCannotReach() throws Exception {
		String csv = "사업자등록번호,회사명,차수,담당자 이메일\n101-81-01015,(주)한빛,1, kim@hanbit.example \n"
				+ number("220", 5).formatted() + ",(주)대성,2,\n314-86-05193,(주)세원,3,kim at sewon\n";
		List<PartnerFileRow> rows = reader.read(csv.getBytes(StandardCharsets.UTF_8)).rows();

		assertThat(rows.get(0).contactEmail()).isEqualTo("kim@hanbit.example");
		assertThat(rows.get(1).isGood()).isTrue();
		assertThat(rows.get(1).contactEmail()).isNull();
		assertThat(rows.get(2).problems()).containsExactly(RowProblem.BAD_CONTACT_EMAIL);
		assertThat(rows.get(2).contactAsGiven()).isEqualTo("kim at sewon");

		List<PartnerFileRow> withoutColumn = reader
			.read("contact_e-mail,business_registration_number,company_name,tier\nceo@x.example,101-81-01015,A,1\n"
				.getBytes(StandardCharsets.UTF_8))
			.rows();
		assertThat(withoutColumn.get(0).contactEmail()).as("English header, any order").isEqualTo("ceo@x.example");
	}

	private void assertRefused(byte[] content, Reason reason) {
		assertThatThrownBy(() -> reader.read(content)).isInstanceOfSatisfying(UnreadablePartnerFile.class,
				refused -> assertThat(refused.reason()).isEqualTo(reason));
	}

}
