package kr.sangsaeng.program.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.shared.Won;

/**
 * What the programme set-up form holds, as typed. {@link ProgrammeFormValidation} turns it into a draft.
 */
public class ProgrammeForm {

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private String code = "";

	private String nameKo = "";

	private String nameEn = "";

	private String descriptionKo = "";

	private String descriptionEn = "";

	private List<String> agencyCodes = new ArrayList<>();

	private String leadAgency = "";

	private List<String> bankCodes = new ArrayList<>();

	private List<String> funderCodes = new ArrayList<>();

	private Map<String, String> contributions = new LinkedHashMap<>();

	private String capacity = "";

	private String minLoan = "";

	private String maxLoan = "";

	private String maxLoanLowerTier = "";

	private String maxTermMonths = "";

	private String guaranteeRatio = "";

	private String guaranteeFee = "";

	private String guaranteeRatioMin = "";

	private String guaranteeRatioMax = "";

	private String guaranteeFeeMin = "";

	private String guaranteeFeeMax = "";

	private String feeSubsidy = "";

	private String ratePreference = "";

	private String fourEyesThreshold = "";

	private String opensAt = "";

	private String closesAt = "";

	private boolean partnerListRequired;

	private List<String> industries = new ArrayList<>();

	private long version;

	/**
	 * A blank form with the usual values of a win-win programme filled in.
	 */
	static ProgrammeForm withDefaults() {
		ProgrammeForm form = new ProgrammeForm();
		form.maxTermMonths = "36";
		form.guaranteeRatio = "100";
		form.guaranteeFee = "1";
		form.guaranteeRatioMin = "50";
		form.guaranteeRatioMax = "100";
		form.guaranteeFeeMin = "0.5";
		form.guaranteeFeeMax = "3";
		form.feeSubsidy = "50";
		form.ratePreference = "1";
		form.partnerListRequired = true;
		return form;
	}

	static ProgrammeForm of(ProgrammeSummary programme) {
		ProgrammeForm form = new ProgrammeForm();
		ProgrammeTerms terms = programme.terms();
		form.code = programme.code().value();
		form.nameKo = programme.name().korean();
		form.nameEn = programme.name().english();
		form.descriptionKo = programme.description().korean();
		form.descriptionEn = programme.description().english();
		programme.agencies().forEach(agency -> form.agencyCodes.add(agency.code()));
		form.leadAgency = programme.leadAgency().code();
		programme.banks().forEach(bank -> form.bankCodes.add(bank.code()));
		programme.funders().forEach(funder -> {
			form.funderCodes.add(funder.code());
			form.contributions.put(funder.code(), figures(funder.contribution()));
		});
		form.capacity = figures(programme.capacity());
		form.minLoan = figures(terms.minLoan());
		form.maxLoan = figures(terms.maxLoan());
		form.maxLoanLowerTier = figures(terms.maxLoanLowerTier());
		form.maxTermMonths = Integer.toString(terms.maxTermMonths());
		form.guaranteeRatio = terms.guaranteeRatio().plain();
		form.guaranteeFee = terms.guaranteeFee().plain();
		form.guaranteeRatioMin = terms.limits().minRatio().plain();
		form.guaranteeRatioMax = terms.limits().maxRatio().plain();
		form.guaranteeFeeMin = terms.limits().minFee().plain();
		form.guaranteeFeeMax = terms.limits().maxFee().plain();
		form.feeSubsidy = terms.feeSubsidy().plain();
		form.ratePreference = terms.ratePreferencePoints().stripTrailingZeros().toPlainString();
		form.fourEyesThreshold = figures(terms.fourEyesThreshold());
		form.opensAt = terms.opensAt() == null ? "" : LOCAL_INPUT.format(terms.opensAt().atZone(SEOUL));
		form.closesAt = terms.closesAt() == null ? "" : LOCAL_INPUT.format(terms.closesAt().atZone(SEOUL));
		form.partnerListRequired = terms.partnerListRequired();
		terms.allowedIndustries().stream().sorted().forEach(section -> form.industries.add(section.name()));
		form.version = programme.version();
		return form;
	}

	private static String figures(Won amount) {
		return amount == null ? "" : String.format("%,d", amount.value());
	}

	static LocalDateTime parseLocal(String text) {
		return LocalDateTime.parse(text.strip(), LOCAL_INPUT);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameKo() {
		return nameKo;
	}

	public void setNameKo(String nameKo) {
		this.nameKo = nameKo;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescriptionKo() {
		return descriptionKo;
	}

	public void setDescriptionKo(String descriptionKo) {
		this.descriptionKo = descriptionKo;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public List<String> getAgencyCodes() {
		return agencyCodes;
	}

	public void setAgencyCodes(List<String> agencyCodes) {
		this.agencyCodes = agencyCodes == null ? new ArrayList<>() : agencyCodes;
	}

	public String getLeadAgency() {
		return leadAgency;
	}

	public void setLeadAgency(String leadAgency) {
		this.leadAgency = leadAgency;
	}

	public List<String> getBankCodes() {
		return bankCodes;
	}

	public void setBankCodes(List<String> bankCodes) {
		this.bankCodes = bankCodes == null ? new ArrayList<>() : bankCodes;
	}

	public List<String> getFunderCodes() {
		return funderCodes;
	}

	public void setFunderCodes(List<String> funderCodes) {
		this.funderCodes = funderCodes == null ? new ArrayList<>() : funderCodes;
	}

	public Map<String, String> getContributions() {
		return contributions;
	}

	public void setContributions(Map<String, String> contributions) {
		this.contributions = contributions == null ? new LinkedHashMap<>() : contributions;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getMinLoan() {
		return minLoan;
	}

	public void setMinLoan(String minLoan) {
		this.minLoan = minLoan;
	}

	public String getMaxLoan() {
		return maxLoan;
	}

	public void setMaxLoan(String maxLoan) {
		this.maxLoan = maxLoan;
	}

	public String getMaxLoanLowerTier() {
		return maxLoanLowerTier;
	}

	public void setMaxLoanLowerTier(String maxLoanLowerTier) {
		this.maxLoanLowerTier = maxLoanLowerTier;
	}

	public String getMaxTermMonths() {
		return maxTermMonths;
	}

	public void setMaxTermMonths(String maxTermMonths) {
		this.maxTermMonths = maxTermMonths;
	}

	public String getGuaranteeRatio() {
		return guaranteeRatio;
	}

	public void setGuaranteeRatio(String guaranteeRatio) {
		this.guaranteeRatio = guaranteeRatio;
	}

	public String getGuaranteeFee() {
		return guaranteeFee;
	}

	public void setGuaranteeFee(String guaranteeFee) {
		this.guaranteeFee = guaranteeFee;
	}

	public String getGuaranteeRatioMin() {
		return guaranteeRatioMin;
	}

	public void setGuaranteeRatioMin(String guaranteeRatioMin) {
		this.guaranteeRatioMin = guaranteeRatioMin;
	}

	public String getGuaranteeRatioMax() {
		return guaranteeRatioMax;
	}

	public void setGuaranteeRatioMax(String guaranteeRatioMax) {
		this.guaranteeRatioMax = guaranteeRatioMax;
	}

	public String getGuaranteeFeeMin() {
		return guaranteeFeeMin;
	}

	public void setGuaranteeFeeMin(String guaranteeFeeMin) {
		this.guaranteeFeeMin = guaranteeFeeMin;
	}

	public String getGuaranteeFeeMax() {
		return guaranteeFeeMax;
	}

	public void setGuaranteeFeeMax(String guaranteeFeeMax) {
		this.guaranteeFeeMax = guaranteeFeeMax;
	}

	public String getFeeSubsidy() {
		return feeSubsidy;
	}

	public void setFeeSubsidy(String feeSubsidy) {
		this.feeSubsidy = feeSubsidy;
	}

	public String getRatePreference() {
		return ratePreference;
	}

	public void setRatePreference(String ratePreference) {
		this.ratePreference = ratePreference;
	}

	public String getFourEyesThreshold() {
		return fourEyesThreshold;
	}

	public void setFourEyesThreshold(String fourEyesThreshold) {
		this.fourEyesThreshold = fourEyesThreshold;
	}

	public String getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(String opensAt) {
		this.opensAt = opensAt;
	}

	public String getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(String closesAt) {
		this.closesAt = closesAt;
	}

	public boolean isPartnerListRequired() {
		return partnerListRequired;
	}

	public void setPartnerListRequired(boolean partnerListRequired) {
		this.partnerListRequired = partnerListRequired;
	}

	public List<String> getIndustries() {
		return industries;
	}

	public void setIndustries(List<String> industries) {
		this.industries = industries == null ? new ArrayList<>() : industries;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
