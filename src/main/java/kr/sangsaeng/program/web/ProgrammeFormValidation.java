package kr.sangsaeng.program.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import kr.sangsaeng.program.GuaranteeLimits;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeDraft;
import kr.sangsaeng.program.ProgrammeTerms;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.InvalidAmountException;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Won;
import kr.sangsaeng.shared.WonInput;

import org.springframework.validation.Errors;

/**
 * Checks a filled-in programme form field by field, reporting each problem on its field with a message key,
 * and builds the draft when there is none.
 */
class ProgrammeFormValidation {

	static final int NAME_LIMIT = 200;

	static final int DESCRIPTION_LIMIT = 4000;


	private static final Pattern MONTHS = Pattern.compile("[0-9]{1,3}");

	/**
	 * A checked programme: its code, what it is to become and, for a new programme, its first capacity.
	 */
	record Checked(ProgrammeCode code, ProgrammeDraft draft, Won capacity) {
	}

	private final Institutions institutions;

	ProgrammeFormValidation(Institutions institutions) {
		this.institutions = institutions;
	}

	/**
	 * @param capacity the programme's current capacity when editing, or {@code null} when the form sets it
	 */
	Checked check(ProgrammeForm form, Errors errors, Won capacity) {
		ProgrammeCode code = code(form.getCode(), errors);
		String nameKo = text(form.getNameKo(), "nameKo", NAME_LIMIT, true, errors);
		String nameEn = text(form.getNameEn(), "nameEn", NAME_LIMIT, true, errors);
		String descriptionKo = text(form.getDescriptionKo(), "descriptionKo", DESCRIPTION_LIMIT, false, errors);
		String descriptionEn = text(form.getDescriptionEn(), "descriptionEn", DESCRIPTION_LIMIT, false, errors);

		List<String> agencies = chosen(form.getAgencyCodes(), institutions.agencies(), "agencyCodes", errors);
		if (!agencies.isEmpty() && !agencies.contains(form.getLeadAgency())) {
			errors.rejectValue("leadAgency", "programme.form.error.leadAgency");
		}
		else if (!agencies.isEmpty()) {
			agencies.remove(form.getLeadAgency());
			agencies.add(0, form.getLeadAgency());
		}
		List<String> banks = chosen(form.getBankCodes(), institutions.banks(), "bankCodes", errors);
		List<String> funderCodes = chosen(form.getFunderCodes(), institutions.funders(), "funderCodes", errors);
		List<ProgrammeDraft.FunderShare> funders = new ArrayList<>();
		for (String funder : funderCodes) {
			String typed = form.getContributions().getOrDefault(funder, "");
			Won contribution = typed == null || typed.isBlank() ? null
					: amount(typed, "contributions[" + funder + "]", false, errors);
			funders.add(new ProgrammeDraft.FunderShare(funder, contribution));
		}

		Won newCapacity = capacity == null ? amount(form.getCapacity(), "capacity", true, errors) : null;
		if (newCapacity != null && newCapacity.isZero()) {
			errors.rejectValue("capacity", "programme.form.error.positive");
		}
		Won limit = capacity != null ? capacity : newCapacity;
		Won minLoan = amount(form.getMinLoan(), "minLoan", true, errors);
		Won maxLoan = amount(form.getMaxLoan(), "maxLoan", true, errors);
		Won lowerTierCap = form.getMaxLoanLowerTier() == null || form.getMaxLoanLowerTier().isBlank() ? null
				: amount(form.getMaxLoanLowerTier(), "maxLoanLowerTier", false, errors);
		if (maxLoan != null && maxLoan.isZero()) {
			errors.rejectValue("maxLoan", "programme.form.error.positive");
		}
		if (minLoan != null && maxLoan != null && minLoan.isGreaterThan(maxLoan)) {
			errors.rejectValue("minLoan", "programme.form.error.minAboveMax");
		}
		if (maxLoan != null && limit != null && maxLoan.isGreaterThan(limit)) {
			errors.rejectValue("maxLoan", "programme.form.error.maxAboveCapacity");
		}
		if (lowerTierCap != null && maxLoan != null && lowerTierCap.isGreaterThan(maxLoan)) {
			errors.rejectValue("maxLoanLowerTier", "programme.form.error.lowerTierAboveMax");
		}
		Integer term = months(form.getMaxTermMonths(), errors);
		Percentage ratio = percentage(form.getGuaranteeRatio(), "guaranteeRatio", errors);
		if (ratio != null && ratio.value().signum() == 0) {
			errors.rejectValue("guaranteeRatio", "programme.form.error.positive");
		}
		Percentage fee = percentage(form.getGuaranteeFee(), "guaranteeFee", errors);
		GuaranteeLimits limits = limits(form, ratio, fee, errors);
		Percentage subsidy = percentage(form.getFeeSubsidy(), "feeSubsidy", errors);
		Percentage preference = percentage(form.getRatePreference(), "ratePreference", errors);
		Won fourEyes = amount(form.getFourEyesThreshold(), "fourEyesThreshold", true, errors);
		Instant opensAt = moment(form.getOpensAt(), "opensAt", errors);
		Instant closesAt = moment(form.getClosesAt(), "closesAt", errors);
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			errors.rejectValue("closesAt", "programme.form.error.closesBeforeOpens");
		}
		Set<IndustrySection> industries = industries(form.getIndustries(), errors);

		if (errors.hasErrors()) {
			return null;
		}
		ProgrammeTerms terms = new ProgrammeTerms(minLoan, maxLoan, lowerTierCap, term, ratio, fee, limits, subsidy,
				preference.value(), fourEyes, opensAt, closesAt, form.isPartnerListRequired(), industries);
		ProgrammeDraft draft = new ProgrammeDraft(new LocalizedName(nameKo, nameEn),
				new LocalizedName(descriptionKo, descriptionEn), agencies, banks, funders, terms);
		return new Checked(code, draft, newCapacity);
	}

	private static ProgrammeCode code(String typed, Errors errors) {
		String code = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
		if (code.isEmpty()) {
			errors.rejectValue("code", "programme.form.error.required");
			return null;
		}
		if (!ProgrammeCode.isWellFormed(code)) {
			errors.rejectValue("code", "programme.form.error.code");
			return null;
		}
		return new ProgrammeCode(code);
	}

	private static String text(String typed, String field, int limit, boolean required, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (required && text.isEmpty()) {
			errors.rejectValue(field, "programme.form.error.required");
		}
		else if (text.length() > limit) {
			errors.rejectValue(field, "programme.form.error.tooLong", new Object[] { limit }, null);
		}
		else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.rejectValue(field, "programme.form.error.controlCharacters");
		}
		return text;
	}

	private static List<String> chosen(List<String> typed, List<Institutions.Institution> known, String field,
			Errors errors) {
		Set<String> codes = new LinkedHashSet<>(typed);
		if (codes.isEmpty()) {
			errors.rejectValue(field, "programme.form.error.chooseOne");
			return new ArrayList<>();
		}
		Set<String> knownCodes = new LinkedHashSet<>(known.stream().map(Institutions.Institution::code).toList());
		if (!knownCodes.containsAll(codes)) {
			errors.rejectValue(field, "programme.form.error.unknownInstitution");
			return new ArrayList<>();
		}
		return new ArrayList<>(codes);
	}

	private static Won amount(String typed, String field, boolean required, Errors errors) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				errors.rejectValue(field, "programme.form.error.required");
			}
			return null;
		}
		try {
			return WonInput.parse(typed);
		}
		catch (InvalidAmountException invalid) {
			errors.rejectValue(field, invalid.messageKey());
			return null;
		}
	}

	private static Integer months(String typed, Errors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			errors.rejectValue("maxTermMonths", "programme.form.error.required");
			return null;
		}
		if (!MONTHS.matcher(text).matches() || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 240) {
			errors.rejectValue("maxTermMonths", "programme.form.error.months");
			return null;
		}
		return Integer.parseInt(text);
	}

	private static Percentage percentage(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "programme.form.error.required");
			return null;
		}
		try {
			return Percentage.parse(typed);
		}
		catch (IllegalArgumentException notAPercentage) {
			errors.rejectValue(field, "programme.form.error.percentage");
			return null;
		}
	}

	private static GuaranteeLimits limits(ProgrammeForm form, Percentage ratio, Percentage fee, Errors errors) {
		Percentage minRatio = percentage(form.getGuaranteeRatioMin(), "guaranteeRatioMin", errors);
		if (minRatio != null && minRatio.value().signum() == 0) {
			errors.rejectValue("guaranteeRatioMin", "programme.form.error.positive");
			minRatio = null;
		}
		Percentage maxRatio = percentage(form.getGuaranteeRatioMax(), "guaranteeRatioMax", errors);
		Percentage minFee = percentage(form.getGuaranteeFeeMin(), "guaranteeFeeMin", errors);
		Percentage maxFee = percentage(form.getGuaranteeFeeMax(), "guaranteeFeeMax", errors);
		boolean ratioRange = range(minRatio, maxRatio, "guaranteeRatioMin", "programme.form.error.ratioLimitsReversed",
				errors);
		boolean feeRange = range(minFee, maxFee, "guaranteeFeeMin", "programme.form.error.feeLimitsReversed", errors);
		if (ratioRange) {
			within(ratio, minRatio, maxRatio, "guaranteeRatio", "programme.form.error.ratioOutsideLimits", errors);
		}
		if (feeRange) {
			within(fee, minFee, maxFee, "guaranteeFee", "programme.form.error.feeOutsideLimits", errors);
		}
		return ratioRange && feeRange ? new GuaranteeLimits(minRatio, maxRatio, minFee, maxFee) : null;
	}

	private static boolean range(Percentage lowest, Percentage highest, String lowestField, String reversedKey,
			Errors errors) {
		if (lowest == null || highest == null) {
			return false;
		}
		if (lowest.compareTo(highest) > 0) {
			errors.rejectValue(lowestField, reversedKey);
			return false;
		}
		return true;
	}

	private static void within(Percentage value, Percentage lowest, Percentage highest, String field,
			String outsideKey, Errors errors) {
		if (value != null && !errors.hasFieldErrors(field)
				&& (value.compareTo(lowest) < 0 || value.compareTo(highest) > 0)) {
			errors.rejectValue(field, outsideKey, new Object[] { lowest.plain(), highest.plain() }, null);
		}
	}

	private static Instant moment(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "programme.form.error.required");
			return null;
		}
		try {
			return ProgrammeForm.parseLocal(typed).atZone(ProgrammeForm.SEOUL).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue(field, "programme.form.error.dateTime");
			return null;
		}
	}

	private static Set<IndustrySection> industries(List<String> typed, Errors errors) {
		if (typed.isEmpty()) {
			errors.rejectValue("industries", "programme.form.error.chooseOne");
			return Set.of();
		}
		Set<IndustrySection> sections = EnumSet.noneOf(IndustrySection.class);
		for (String name : typed) {
			try {
				sections.add(IndustrySection.valueOf(name));
			}
			catch (IllegalArgumentException unknown) {
				errors.rejectValue("industries", "programme.form.error.unknownIndustry");
				return Set.of();
			}
		}
		return sections;
	}

}
