package kr.sangsaeng.program.web;

/**
 * The intake limit as the administrator types it: a whole percentage of the remaining capacity, or nothing for
 * no limit.
 */
public class IntakeLimitForm {

	private String limitPercent = "";

	static IntakeLimitForm of(Integer percent) {
		IntakeLimitForm form = new IntakeLimitForm();
		form.setLimitPercent(percent == null ? "" : percent.toString());
		return form;
	}

	public String getLimitPercent() {
		return limitPercent;
	}

	public void setLimitPercent(String limitPercent) {
		this.limitPercent = limitPercent;
	}

}
