package kr.sangsaeng.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.audit.web.AuditEntryView.DetailLine;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryPresenterTests {

	private final AuditEntryPresenter presenter = new AuditEntryPresenter(messages());

	@Test
	void aChangeReadsFromBeforeToAfterWithAmountsInWon() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", "추가 출연");
		details.put("capacityWon", Map.of("from", 20_000_000_000L, "to", 25_000_000_000L));
		details.put("amountWon", 5_000_000_000L);

		assertThat(presenter.lines(details, Locale.KOREAN)).containsExactly(
				new DetailLine("공급 한도", "20,000,000,000원 → 25,000,000,000원"),
				new DetailLine("금액", "5,000,000,000원"), new DetailLine("사유", "추가 출연"));
	}

	@Test
	void codesAreNamedWhereANameIsKnownAndShownAsTheyAreOtherwise() {
		Map<String, Object> details = Map.of("status", Map.of("from", "DRAFT", "to", "PAUSED_FOR_REVIEW"));

		assertThat(presenter.lines(details, Locale.KOREAN))
			.containsExactly(new DetailLine("상태", "준비 중 → PAUSED_FOR_REVIEW"));
	}

	@Test
	void beforeAndAfterObjectsAreReadFieldByField() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", Map.of("tier", 1));
		details.put("after", Map.of("tier", 2, "region", "SEOUL"));

		List<DetailLine> lines = presenter.lines(details, Locale.ENGLISH);

		assertThat(lines).containsExactlyInAnyOrder(new DetailLine("tier", "1 → 2"), new DetailLine("region", "— → SEOUL"));
	}

	@Test
	void topLevelFromAndToReadAsOneChangeAndListsAsOneLine() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", "OPEN");
		details.put("to", null);
		details.put("companies", List.of("123-45-67890", "314-86-05193"));

		assertThat(presenter.lines(details, Locale.ENGLISH)).containsExactly(new DetailLine("Change", "Open → —"),
				new DetailLine("companies", "123-45-67890, 314-86-05193"));
	}

	@Test
	void aCodeReadsAsItsFamilysOwnNameWhereItHasOneAndTimesReadInKoreaStandardTime() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", "DRAFT");
		details.put("to", "SUBMITTED");
		details.put("lastRequestAt", "2026-03-02T00:30:00Z");

		assertThat(presenter.lines(details, "application", Locale.KOREAN)).containsExactly(
				new DetailLine("변경", "작성 중 → 접수"), new DetailLine("lastRequestAt", "2026-03-02 09:30:00"));
		assertThat(presenter.lines(Map.of("status", Map.of("from", "DRAFT", "to", "OPEN")), "programme",
				Locale.KOREAN)).containsExactly(new DetailLine("상태", "준비 중 → OPEN"));
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("audit.detail.capacityWon", Locale.KOREAN, "공급 한도");
		messages.addMessage("audit.detail.amountWon", Locale.KOREAN, "금액");
		messages.addMessage("audit.detail.reason", Locale.KOREAN, "사유");
		messages.addMessage("audit.detail.status", Locale.KOREAN, "상태");
		messages.addMessage("audit.value.DRAFT", Locale.KOREAN, "준비 중");
		messages.addMessage("audit.value.application.DRAFT", Locale.KOREAN, "작성 중");
		messages.addMessage("audit.value.SUBMITTED", Locale.KOREAN, "접수");
		messages.addMessage("audit.detail.change", Locale.KOREAN, "변경");
		messages.addMessage("audit.detail.change", Locale.ENGLISH, "Change");
		messages.addMessage("audit.value.OPEN", Locale.ENGLISH, "Open");
		return messages;
	}

}
