package kr.sangsaeng.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;

/**
 * Programmes and application ids that only the audit tests use, so that their entries can be told apart from
 * those of other tests sharing the database.
 */
public final class AuditedProgrammes {

	private static final AtomicLong NEXT_APPLICATION = new AtomicLong(
			7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

	private AuditedProgrammes() {
	}

	public static ProgrammeCode create(ProgrammeAdministration administration, Won capacity) {
		ProgrammeCode code = new ProgrammeCode("AUDIT-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		administration.create(code, draft(), capacity, "admin");
		return code;
	}

	public static ApplicationId nextApplication() {
		return new ApplicationId(NEXT_APPLICATION.incrementAndGet());
	}

	public static String subject(ProgrammeCode code) {
		return "programme:" + code.value();
	}

	private static ProgrammeDraft draft() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ProgrammeTerms terms = new ProgrammeTerms(Won.of(10_000_000), Won.of(100_000_000), null, 36,
				Percentage.of("100"), Percentage.of("1"), null, Percentage.of("50"), new BigDecimal("1.5"),
				Won.of(1_000_000_000), now.minus(1, ChronoUnit.DAYS), now.plus(90, ChronoUnit.DAYS), false,
				Set.of(IndustrySection.C));
		return new ProgrammeDraft(new LocalizedName("감사 시험 프로그램", "Audit test programme"),
				new LocalizedName("시험용", "For tests"), List.of("KODIT"), List.of("WOORI"),
				List.of(new ProgrammeDraft.FunderShare("HYUNDAI", Won.of(5_000_000_000L))), terms);
	}

}
