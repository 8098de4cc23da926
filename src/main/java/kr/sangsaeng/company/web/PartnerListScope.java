package kr.sangsaeng.company.web;

import kr.sangsaeng.program.Institutions.Institution;
import kr.sangsaeng.shared.NotFoundException;

/**
 * Whose partner list a request works on, and under which address: an administrator's
 * {@code /admin/partners/<funder>}, any funder's, or a funder's own {@code /funder/partners}. The pages and the
 * controllers are the same for both; only the list and the links differ.
 */
record PartnerListScope(Institution funder, String path, boolean administered) {

	static PartnerListScope administered(Institution funder) {
		return new PartnerListScope(funder, "/admin/partners/" + funder.code(), true);
	}

	static PartnerListScope own(Institution funder) {
		return new PartnerListScope(funder, "/funder/partners", false);
	}

	String funderCode() {
		return funder.code();
	}

	String listRedirect() {
		return "redirect:" + path;
	}

	/**
	 * Where an upload that is not waiting for this list sends the asker: an administrator, who sees every list,
	 * back to the list with a notice; a funder, who may not learn of other funders' uploads, to a 404.
	 */
	String importGone() {
		if (!administered) {
			throw new NotFoundException("No upload of " + funder.code() + "'s list is waiting under that id");
		}
		return listRedirect();
	}

}
