package kr.sangsaeng.company.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerFileWriterTests {

	@ParameterizedTest
	@CsvSource(delimiterString = " => ", quoteCharacter = '"', value = { "=cmd|' /C calc'!A0 => '=cmd|' /C calc'!A0",
			"+1+2 => '+1+2", "-2+3 => '-2+3", "@SUM(A1) => '@SUM(A1)", "(주)대성정밀 => (주)대성정밀",
			"314-86-05193 => 314-86-05193", "한일=오토텍 => 한일=오토텍" })
	void writesCellsThatASpreadsheetWouldRunAsText(String cell, String written) {
		assertThat(PartnerFileWriter.neutralise(cell)).isEqualTo(written);
	}

	@Test
	void neutralisesLeadingTabsAndCarriageReturnsToo() {
		assertThat(PartnerFileWriter.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(PartnerFileWriter.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
	}

}
