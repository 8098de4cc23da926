package kr.sangsaeng.dashboard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import kr.sangsaeng.dashboard.ContributionStatement;
import kr.sangsaeng.program.ContributionKind;

import org.springframework.context.MessageSource;

/**
 * The words of a contribution statement in the reader's language, the same in its PDF and its workbook.
 */
final class StatementText {

	private final MessageSource messages;

	StatementText(MessageSource messages) {
		this.messages = messages;
	}

	String title(ContributionStatement statement, Locale locale) {
		return message("funderStatement.documentTitle", locale, statement.funderName().in(locale),
				year(statement.year(), locale));
	}

	String year(int year, Locale locale) {
		return message("funderStatement.yearValue", locale, year);
	}

	String empty(ContributionStatement statement, Locale locale) {
		return message("funderStatement.empty", locale, statement.funderName().in(locale), year(statement.year(), locale));
	}

	List<String> headers(Locale locale) {
		return List.of(message("funderDashboard.agreement", locale), message("funderStatement.programme", locale),
				message("funderStatement.agency", locale), message("funderDashboard.kind", locale),
				message("funderDashboard.amount", locale), message("funderDashboard.receivedOn", locale),
				message("funderStatement.multiple", locale));
	}

	String kind(ContributionKind kind, Locale locale) {
		return message(kind.messageKey(), locale);
	}

	String totalOfKind(ContributionKind kind, Locale locale) {
		return message("funderStatement.totalOfKind", locale, kind(kind, locale));
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/**
	 * A special contribution's multiple as written ("× 12.5"), empty for the other kinds.
	 */
	static String multiple(BigDecimal multiple) {
		return multiple == null ? "" : "× " + multiple.stripTrailingZeros().toPlainString();
	}

}
