package kr.sangsaeng.applications.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.UploadedDocument;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files an SME uploads to its application, with a draft or with an answer to the agency.
 */
@Component
class DocumentUploads {

	static final int UPLOADS_PER_STEP = 5;

	private final GuaranteeApplications applications;

	DocumentUploads(GuaranteeApplications applications) {
		this.applications = applications;
	}

	/**
	 * Attaches the uploaded files one by one; returns one message per refused file, naming it.
	 */
	List<String> attach(SignedInUser user, ApplicationId id, List<MultipartFile> files) throws IOException {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(DocumentUploads::isChosen).toList();
		List<String> problems = new ArrayList<>();
		if (chosen.size() > UPLOADS_PER_STEP) {
			problems.add("application.document.error.tooManyAtOnce");
			return problems;
		}
		for (MultipartFile file : chosen) {
			UploadedDocument upload = new UploadedDocument(file.getOriginalFilename(), file.getContentType(),
					file.getSize() > UploadedDocument.MAX_BYTES ? new byte[UploadedDocument.MAX_BYTES + 1]
							: file.getBytes());
			try {
				applications.addDocument(OwnApplications.applicant(user), id, upload);
			}
			catch (ApplicationRuleException refused) {
				problems.add(refused.messageKey() + "|" + upload.displayName());
			}
		}
		return problems;
	}

	/**
	 * A file the SME chose: browsers send an empty part without a name for a file field left alone, while an empty
	 * file that has a name was chosen and is refused as empty.
	 */
	private static boolean isChosen(MultipartFile file) {
		return file != null && (!file.isEmpty()
				|| file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank());
	}

}
