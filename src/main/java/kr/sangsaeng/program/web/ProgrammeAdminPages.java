package kr.sangsaeng.program.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kr.sangsaeng.program.Agreement;
import kr.sangsaeng.program.CapacityChange;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.CapacityPosition;
import kr.sangsaeng.program.CapacityUnit;
import kr.sangsaeng.program.ContributionKind;
import kr.sangsaeng.program.Contributions;
import kr.sangsaeng.program.Institutions;
import kr.sangsaeng.program.IntakePosition;
import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammeIntake;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.program.ProgrammeStatus;
import kr.sangsaeng.program.ProgrammeSummary;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.Won;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's pages of a programme: its detail page with the capacity ledger, the contributions and pots of
 * its agreements and the intake limit, and its form. The programme, capacity and intake controllers all show them.
 */
@Component
class ProgrammeAdminPages {

	static final String LIST_VIEW = "program/admin/list";

	static final String FORM_VIEW = "program/admin/form";

	static final String DETAIL_VIEW = "program/admin/detail";

	static final String STATUS_CONFIRMATION_VIEW = "program/admin/confirm-status";

	static final String CAPACITY_CONFIRMATION_VIEW = "program/admin/confirm-capacity";

	private final ProgrammeCatalogue catalogue;

	private final CapacityLedger ledger;

	private final ProgrammeIntake intake;

	private final Institutions institutions;

	private final Contributions contributions;

	private final Clock clock;

	ProgrammeAdminPages(ProgrammeCatalogue catalogue, CapacityLedger ledger, ProgrammeIntake intake,
			Institutions institutions, Contributions contributions, Clock clock) {
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.intake = intake;
		this.institutions = institutions;
		this.contributions = contributions;
		this.clock = clock;
	}

	/**
	 * A programme by its code in any case, drafts included, or 404.
	 */
	ProgrammeSummary existing(String code) {
		String normalised = code.toUpperCase(Locale.ROOT);
		if (!ProgrammeCode.isWellFormed(normalised)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return catalogue.find(new ProgrammeCode(normalised))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The detail page; a capacity or intake form already in the model keeps what the administrator typed.
	 */
	String detail(String code, Model model) {
		ProgrammeSummary programme = existing(code);
		model.addAttribute("programme", programme);
		model.addAttribute("entries", ledger.entries(programme.code()));
		model.addAttribute("agreementAgencies", programme.agreements()
			.stream()
			.collect(Collectors.toMap(agreement -> agreement.code().value(), agreement -> agreement.agency().name())));
		model.addAttribute("capacityChanges", List.of(CapacityChange.values()));
		if (!model.containsAttribute("capacityChangeForm")) {
			CapacityChangeForm form = new CapacityChangeForm();
			programme.leadAgreement().ifPresent(lead -> form.setAgreement(lead.code().value()));
			model.addAttribute("capacityChangeForm", form);
		}
		model.addAttribute("contributions", contributions.of(programme.code()));
		model.addAttribute("contributionKinds", List.of(ContributionKind.values()));
		if (!model.containsAttribute("contributionForm")) {
			ContributionForm form = new ContributionForm();
			programme.leadAgreement().ifPresent(lead -> form.setAgreement(lead.code().value()));
			form.setReceivedOn(SeoulTime.today(clock).toString());
			model.addAttribute("contributionForm", form);
		}
		if (!model.containsAttribute("capacityUnitForm")) {
			CapacityUnitForm form = new CapacityUnitForm();
			programme.leadAgreement().ifPresent(lead -> {
				form.setAgreement(lead.code().value());
				form.setUnit(lead.funding().unit().name());
			});
			model.addAttribute("capacityUnitForm", form);
		}
		model.addAttribute("capacityUnits", List.of(CapacityUnit.values()));
		if (!model.containsAttribute("capacitySourceForm")) {
			CapacitySourceForm form = new CapacitySourceForm();
			programme.agreements()
				.stream()
				.filter(agreement -> !agreement.funding().followsContributions())
				.findFirst()
				.ifPresent(agreement -> form.setAgreement(agreement.code().value()));
			model.addAttribute("capacitySourceForm", form);
		}
		IntakePosition position = intake.position(programme.code());
		model.addAttribute("intake", position);
		if (!model.containsAttribute("intakeLimitForm")) {
			model.addAttribute("intakeLimitForm", IntakeLimitForm.of(position.limitPercent()));
		}
		return DETAIL_VIEW;
	}

	/**
	 * What a move to {@code target} changes for SMEs and reviewers, and the form that confirms it with a reason.
	 */
	String statusConfirmation(ProgrammeSummary programme, ProgrammeStatus target, StatusChangeForm form,
			Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("target", target);
		model.addAttribute("intake", intake.position(programme.code()));
		model.addAttribute("statusChangeForm", form);
		return STATUS_CONFIRMATION_VIEW;
	}

	/**
	 * The capacity, committed and remaining amounts now and after the change, and the form that confirms it.
	 *
	 * @throws ProgrammeRuleException when a decrease would take the capacity below what is committed
	 * @throws kr.sangsaeng.shared.InvalidAmountException when an increase would overflow
	 */
	String capacityConfirmation(ProgrammeSummary programme, Agreement agreement, CapacityChange change, Won amount,
			CapacityChangeForm form, Model model) {
		CapacityPosition now = ledger.position(agreement.code());
		CapacityPosition programmeNow = ledger.position(programme.code());
		Won capacity;
		Won programmeCapacity;
		if (change == CapacityChange.INCREASE) {
			capacity = now.capacity().plus(amount);
			programmeCapacity = programmeNow.capacity().plus(amount);
		}
		else {
			if (now.capacity().minusOrZero(amount).isLessThan(now.committed()) || amount.isGreaterThan(now.capacity())) {
				throw ProgrammeRuleException.onField("amount", "capacity.rule.decreaseBelowCommitted", now.committed(),
						now.capacity().minusOrZero(now.committed()));
			}
			capacity = now.capacity().minus(amount);
			programmeCapacity = programmeNow.capacity().minus(amount);
		}
		model.addAttribute("programme", programme);
		model.addAttribute("agreement", agreement);
		model.addAttribute("change", change);
		model.addAttribute("amount", amount);
		model.addAttribute("now", now);
		model.addAttribute("after", new CapacityPosition(capacity, now.committed(), now.disbursed()));
		model.addAttribute("programmeNow", programmeNow);
		model.addAttribute("programmeAfter",
				new CapacityPosition(programmeCapacity, programmeNow.committed(), programmeNow.disbursed()));
		model.addAttribute("capacityChangeForm", form);
		return CAPACITY_CONFIRMATION_VIEW;
	}

	String form(ProgrammeForm form, ProgrammeSummary existing, Model model) {
		model.addAttribute("programmeForm", form);
		model.addAttribute("existing", existing);
		model.addAttribute("agencies", institutions.agencies());
		model.addAttribute("banks", institutions.banks());
		model.addAttribute("funders", institutions.funders());
		model.addAttribute("industries", List.of(IndustrySection.values()));
		model.addAttribute("codeEditable", existing == null || existing.status() == ProgrammeStatus.DRAFT);
		return FORM_VIEW;
	}

	static String redirectTo(ProgrammeCode code) {
		return "redirect:/admin/programmes/" + code.value();
	}

}
