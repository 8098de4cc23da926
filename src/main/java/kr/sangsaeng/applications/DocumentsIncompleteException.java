package kr.sangsaeng.applications;

import java.util.List;

/**
 * A submission or answer refused because of the documents: {@link #shortfalls()} lists each slot that is missing,
 * too old or asked for again, reported on the field {@code documents}.
 */
public class DocumentsIncompleteException extends ApplicationRuleException {

	private final transient List<DocumentShortfall> shortfalls;

	DocumentsIncompleteException(String messageKey, List<DocumentShortfall> shortfalls) {
		super(messageKey);
		this.shortfalls = List.copyOf(shortfalls);
	}

	public List<DocumentShortfall> shortfalls() {
		return shortfalls;
	}

	@Override
	public String field() {
		return "documents";
	}

}
