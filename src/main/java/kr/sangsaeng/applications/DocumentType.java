package kr.sangsaeng.applications;

/**
 * A kind of document a checklist may ask for: official when an authority issues it on a date (so that its age can
 * be ruled on), from the funder when it comes with the funder's recommendation rather than from the SME.
 */
public record DocumentType(String code, boolean official, boolean fromFunder) {

	public String nameKey() {
		return "document.type." + code;
	}

	public boolean other() {
		return ChecklistSlot.OTHER.equals(code);
	}

	/**
	 * Whether a checklist may say how recently this document must have been issued.
	 */
	public boolean mayHaveAge() {
		return official && !fromFunder;
	}

}
