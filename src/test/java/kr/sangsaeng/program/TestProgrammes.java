package kr.sangsaeng.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * Programmes and application ids that no other test uses.
 */
public final class TestProgrammes {

	private static final AtomicLong NEXT_APPLICATION = new AtomicLong(
			9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

	/** Counted from a random start, so that codes never repeat within a run and seldom across runs on one database. */
	private static final AtomicInteger NEXT_CODE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));

	private TestProgrammes() {
	}

	public static ProgrammeCode uniqueCode(String prefix) {
		return new ProgrammeCode(prefix + "-" + NEXT_CODE.getAndIncrement());
	}

	static ApplicationId nextApplication() {
		return new ApplicationId(NEXT_APPLICATION.incrementAndGet());
	}

	static ProgrammeDraft draft(Won maxLoan) {
		return draft(maxLoan, Won.of(1_000_000_000));
	}

	/**
	 * A KODIT programme open to manufacturers and wholesalers, lent by Woori, with a guarantee ratio of 100 %
	 * (80–100 % allowed) and a fee of 1 % (0.5–2 % allowed).
	 */
	public static ProgrammeDraft draft(Won maxLoan, Won fourEyesThreshold) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ProgrammeTerms terms = new ProgrammeTerms(Won.of(10_000_000), maxLoan, null, 36, Percentage.of("100"),
				Percentage.of("1"),
				new GuaranteeLimits(Percentage.of("80"), Percentage.of("100"), Percentage.of("0.5"), Percentage.of("2")),
				Percentage.of("50"), new BigDecimal("1.5"), fourEyesThreshold,
				now.minus(1, ChronoUnit.DAYS), now.plus(90, ChronoUnit.DAYS), false,
				Set.of(IndustrySection.C, IndustrySection.G));
		return new ProgrammeDraft(new LocalizedName("시험 프로그램", "Test programme"),
				new LocalizedName("시험용", "For tests"), List.of("KODIT"), List.of("WOORI"),
				List.of(new ProgrammeDraft.FunderShare("HYUNDAI", Won.of(5_000_000_000L))), terms);
	}

}
