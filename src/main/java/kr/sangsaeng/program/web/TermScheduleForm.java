package kr.sangsaeng.program.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import kr.sangsaeng.program.TermSchedule;
import kr.sangsaeng.program.TermYear;
import kr.sangsaeng.shared.Won;

/**
 * An agreement's terms per guarantee year as the administrator types them: one line per range of years, and a blank
 * line to add one. A line left wholly blank is left out.
 */
public class TermScheduleForm {

	/** How many blank lines the form offers for new rows. */
	static final int BLANK_ROWS = 2;

	private List<Row> rows = new ArrayList<>();

	static TermScheduleForm of(TermSchedule schedule) {
		TermScheduleForm form = new TermScheduleForm();
		for (TermYear year : schedule.rows()) {
			Row row = new Row();
			row.setFromYear(String.valueOf(year.fromYear()));
			row.setToYear(year.toYear() == null ? "" : String.valueOf(year.toYear()));
			row.setGuaranteeRatio(year.guaranteeRatio().plain());
			row.setFeeRate(year.feeRate().plain());
			row.setFundersShare(year.fundersShare().plain());
			row.setRatePreferencePoints(plain(year.ratePreferencePoints()));
			row.setFeeSupportCap(year.feeSupportCap() == null ? "" : String.valueOf(year.feeSupportCap().value()));
			row.setInterestSubsidyCap(
					year.interestSubsidyCap() == null ? "" : String.valueOf(year.interestSubsidyCap().value()));
			form.rows.add(row);
		}
		form.withBlankRows();
		return form;
	}

	TermScheduleForm withBlankRows() {
		long blank = rows.stream().filter(Row::isBlank).count();
		for (long i = blank; i < BLANK_ROWS; i++) {
			rows.add(new Row());
		}
		return this;
	}

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	static String capText(Won cap) {
		return cap == null ? "" : String.valueOf(cap.value());
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
	}

	/**
	 * One range of guarantee years: from and to (blank for every later year), the guarantee ratio, fee rate and the
	 * funders' share of the fee in percent, the interest preference in points, and the caps in won (blank for none).
	 */
	public static class Row {

		private String fromYear = "";

		private String toYear = "";

		private String guaranteeRatio = "";

		private String feeRate = "";

		private String fundersShare = "";

		private String ratePreferencePoints = "";

		private String feeSupportCap = "";

		private String interestSubsidyCap = "";

		boolean isBlank() {
			return List.of(fromYear, toYear, guaranteeRatio, feeRate, fundersShare, ratePreferencePoints, feeSupportCap,
					interestSubsidyCap).stream().allMatch(value -> value == null || value.isBlank());
		}

		public String getFromYear() {
			return fromYear;
		}

		public void setFromYear(String fromYear) {
			this.fromYear = fromYear;
		}

		public String getToYear() {
			return toYear;
		}

		public void setToYear(String toYear) {
			this.toYear = toYear;
		}

		public String getGuaranteeRatio() {
			return guaranteeRatio;
		}

		public void setGuaranteeRatio(String guaranteeRatio) {
			this.guaranteeRatio = guaranteeRatio;
		}

		public String getFeeRate() {
			return feeRate;
		}

		public void setFeeRate(String feeRate) {
			this.feeRate = feeRate;
		}

		public String getFundersShare() {
			return fundersShare;
		}

		public void setFundersShare(String fundersShare) {
			this.fundersShare = fundersShare;
		}

		public String getRatePreferencePoints() {
			return ratePreferencePoints;
		}

		public void setRatePreferencePoints(String ratePreferencePoints) {
			this.ratePreferencePoints = ratePreferencePoints;
		}

		public String getFeeSupportCap() {
			return feeSupportCap;
		}

		public void setFeeSupportCap(String feeSupportCap) {
			this.feeSupportCap = feeSupportCap;
		}

		public String getInterestSubsidyCap() {
			return interestSubsidyCap;
		}

		public void setInterestSubsidyCap(String interestSubsidyCap) {
			this.interestSubsidyCap = interestSubsidyCap;
		}

	}

}
