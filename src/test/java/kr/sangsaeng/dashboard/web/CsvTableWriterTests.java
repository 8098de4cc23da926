package kr.sangsaeng.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableWriterTests {

	@Test
	void formulaLikeTextGetsAnApostropheWhileNegativeAmountsStayNumbers() {
		DashboardTable table = new DashboardTable("weeks", "Weeks",
				List.of(new DashboardTable.Column("Name", DashboardTable.Kind.TEXT),
						new DashboardTable.Column("Net", DashboardTable.Kind.WON),
						new DashboardTable.Column("Rate", DashboardTable.Kind.DECIMAL)),
				List.of(List.of(DashboardTable.Cell.text("-5"), new DashboardTable.Cell(-250_000_000L, "−2억 5,000만 원", null),
						new DashboardTable.Cell(new BigDecimal("12.5"), "12.5%", null)),
						List.of(DashboardTable.Cell.text("@SUM(A1)"), new DashboardTable.Cell(null, "—", null),
								new DashboardTable.Cell(null, "—", null)),
						List.of(DashboardTable.Cell.text("\tTab"), new DashboardTable.Cell(0L, "0원", null),
								new DashboardTable.Cell(null, "—", null)),
						List.of(DashboardTable.Cell.text("+82 서울"), new DashboardTable.Cell(1L, "1원", null),
								new DashboardTable.Cell(null, "—", null))),
				null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		CsvTableWriter.write(table, out);

		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFName,Net,Rate\r\n")
			.contains("'-5,-250000000,12.5\r\n")
			.contains("'@SUM(A1),,\r\n")
			.contains("'\tTab,0,\r\n")
			.contains("'+82 서울,1,\r\n");
	}

}
