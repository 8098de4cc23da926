package kr.sangsaeng.program.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;
import kr.sangsaeng.program.GuaranteeLimits;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A programme's public page gives its terms as figures, not only in words, and works out what the guarantee on a
 * loan covers and costs.
 */
@SangsaengTest
class ProgrammeTermsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeAdministration administration;

	@Test
	void theProgrammePageShowsRatioFeeWhoPaysItCapsTermBanksAndAWorkedExampleInKorean() throws Exception {
		ProgrammeCode code = programme();

		Document page = page(code, "ko");
		String terms = page.select(".programme-terms .terms-figures").text();
		assertThat(terms).contains("보증비율 85%", "승인 시 보증기관이 80~90% 범위에서 정합니다",
				"보증금액의 연 0.875%", "승인 시 보증기관이 연 0.5~1.5% 범위에서 정합니다",
				"출연기관이 보증료의 30%를 지원하여 기업은 70%(연 0.613%)만 부담합니다",
				"은행 기본 금리보다 1.2%p 낮은 금리", "건당 5,000만 원 ~ 30억 원", "이 프로그램의 대출을 모두 합쳐 30억 원까지",
				"2·3차 협력사는 10억 원까지", "1개월 ~ 24개월", "우리은행", "KB국민은행", "잔여 한도 200억 원");
		// 1억 원 × 85 % = 8,500만 원; × 0.875 % = 743,750원 a year; the SME pays 70 % of it: 520,625원.
		assertThat(page.select(".programme-terms .worked-example").text()).contains(
				"1억 원을 24개월 동안 빌리면 보증기관이 대출의 85%인 8,500만 원을 보증합니다.",
				"보증료는 보증금액의 연 0.875%인 연 74만 3,750원입니다.",
				"이 중 기업이 내는 금액은 연 52만 625원이고, 나머지 22만 3,125원은 출연기관이 냅니다.");
	}

	@Test
	void theSameFiguresReadInEnglish() throws Exception {
		ProgrammeCode code = programme();

		Document page = page(code, "en");
		assertThat(page.select(".programme-terms .terms-figures").text()).contains("Guarantee ratio 85%",
				"The agency may set 80–90% when it approves", "0.875% a year of the guaranteed amount",
				"The funders pay 30% of the fee, so you pay 70% of it: 0.613% a year",
				"1.2 percentage points below the bank's usual rate", "₩50 million to ₩3 billion per loan",
				"Tier-2 and tier-3 partners: ₩1 billion", "1 to 24 months", "Woori Bank");
		assertThat(page.select(".programme-terms .worked-example").text()).contains(
				"For a loan of ₩100 million over 24 months, the guarantee covers ₩85 million (85% of the loan).",
				"The guarantee fee is ₩743,750 a year (0.875% of the guaranteed amount).",
				"Of that fee you pay ₩520,625 a year, and the funders pay ₩223,125.");
	}

	@Test
	void aProgrammeWhoseFundersPayTheWholeFeeSaysTheSmePaysNothing() throws Exception {
		Document page = page(new ProgrammeCode("POSCOINTL-KODIT"), "ko");
		assertThat(page.select(".programme-terms .terms-figures").text())
			.contains("출연기관이 보증료 전액을 지원하므로 기업 부담은 없습니다");
		assertThat(page.select(".programme-terms .worked-example").text())
			.contains("전액을 출연기관이 내므로 기업 부담은 없습니다");
	}

	private Document page(ProgrammeCode code, String language) throws Exception {
		return Jsoup.parse(mvc.perform(get("/programmes/" + code.value()).param("lang", language))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * An open KODIT programme of 200억 원 lent by Woori and KB, guaranteeing 85 % (80–90 %) at 0.875 % a year
	 * (0.5–1.5 %), of which the funders pay 30 %.
	 */
	private ProgrammeCode programme() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ProgrammeTerms terms = new ProgrammeTerms(Won.of(50_000_000), Won.of(3_000_000_000L), Won.of(1_000_000_000),
				24, Percentage.of("85"), Percentage.of("0.875"),
				new GuaranteeLimits(Percentage.of("80"), Percentage.of("90"), Percentage.of("0.5"),
						Percentage.of("1.5")),
				Percentage.of("30"), new BigDecimal("1.2"), Won.of(1_000_000_000), now.minus(1, ChronoUnit.DAYS),
				now.plus(90, ChronoUnit.DAYS), false, Set.of(IndustrySection.C));
		ProgrammeCode code = TestProgrammes.uniqueCode("TERMS");
		administration.create(code,
				new ProgrammeDraft(new LocalizedName("조건 시험 프로그램", "Terms test programme"),
						new LocalizedName("시험용", "For tests"), List.of("KODIT"), List.of("WOORI", "KB"),
						List.of(new ProgrammeDraft.FunderShare("HYUNDAI", Won.of(5_000_000_000L))), terms),
				Won.of(20_000_000_000L), "admin");
		administration.moveTo(code, ProgrammeStatus.OPEN, "admin");
		return code;
	}

}
