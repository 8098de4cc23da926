package kr.sangsaeng.company.internal;

/**
 * The upload has already been imported or discarded, has expired, or belongs to another funder's list.
 */
public class ImportNotWaitingException extends RuntimeException {

	public ImportNotWaitingException() {
		super("No upload of this funder's partner list is waiting under that id");
	}

}
