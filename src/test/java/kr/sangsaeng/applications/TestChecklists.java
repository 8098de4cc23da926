package kr.sangsaeng.applications;

import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.UploadedDocument;

/**
 * Attaches a document as the tests of other features need it: in the "other" slot, and the same file, issued today,
 * in every required slot of the agreement's checklist still empty, so that the application may be submitted.
 */
public final class TestChecklists {

	private TestChecklists() {
	}

	/**
	 * @return the id of the document put in the "other" slot
	 */
	public static long complete(GuaranteeApplications applications, Applicant sme, ApplicationId id,
			UploadedDocument upload) {
		long other = applications.addDocument(sme, id, upload);
		fillRequired(applications, sme, id, upload);
		return other;
	}

	public static void fillRequired(GuaranteeApplications applications, Applicant sme, ApplicationId id,
			UploadedDocument upload) {
		DocumentChecklist checklist = applications.checklist(sme, id);
		for (ChecklistSlot slot : checklist.slots()) {
			if (slot.missing()) {
				applications.addDocument(sme, id, upload, slot.documentType(), checklist.today());
			}
		}
	}

}
