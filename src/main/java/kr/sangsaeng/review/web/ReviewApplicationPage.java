package kr.sangsaeng.review.web;

import java.time.Clock;
import java.util.List;

import kr.sangsaeng.applications.ApplicationNotFoundException;
import kr.sangsaeng.applications.ApplicationView;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.RejectionReason;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.review.ReviewCase;
import kr.sangsaeng.review.ReviewFile;
import kr.sangsaeng.review.ReviewPages;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.SeoulTime;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The reviewer's page of an application, with a form for each decision panel; the reviewing and the deciding
 * controllers both show it.
 */
@Component
class ReviewApplicationPage {

	static final String DETAIL_VIEW = "review/application";

	private static final List<String> PANELS = List.of("assign", "information", "rejection", "approval",
			"confirmation");

	private final ReviewPages pages;

	private final Clock clock;

	ReviewApplicationPage(ReviewPages pages, Clock clock) {
		this.pages = pages;
		this.clock = clock;
	}

	/**
	 * The page afresh.
	 */
	String show(ApplicationId id, SignedInUser user, Model model) {
		return show(id, user, model, null, null);
	}

	/**
	 * The page in which the panel just used keeps what the reviewer typed and its errors; the others start
	 * afresh.
	 */
	String show(ApplicationId id, SignedInUser user, Model model, String panel, BindingResult errors) {
		ReviewFile file = pages.file(user, id);
		ReviewCase review = file.review();
		ApplicationView current = file.application();
		for (String name : PANELS) {
			String formName = name + "Form";
			if (name.equals(panel) && errors != null) {
				model.addAttribute(formName, errors.getTarget());
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, errors);
			}
			else {
				model.addAttribute(formName,
						DecisionForm.of(current, review.programme().terms(),
								SeoulTime.today(clock).plusDays(GuaranteeApplications.DEFAULT_INFORMATION_DAYS)));
			}
		}
		model.addAttribute("longestInformationDays", GuaranteeApplications.LONGEST_INFORMATION_DAYS);
		model.addAttribute("review", review);
		model.addAttribute("recommendation", file.recommendation());
		model.addAttribute("details", review.details());
		model.addAttribute("current", current);
		model.addAttribute("programme", review.programme());
		model.addAttribute("company", file.company());
		model.addAttribute("history", file.history());
		model.addAttribute("duplicates", file.duplicates());
		model.addAttribute("exposureHere", file.exposureHere());
		model.addAttribute("exposureEverywhere", file.exposureEverywhere());
		model.addAttribute("aboveCap", file.aboveCap());
		model.addAttribute("aboveCapacity", file.aboveCapacity());
		model.addAttribute("mayDecide", review.canBeDecidedBy(user));
		model.addAttribute("mayConfirm", review.canBeConfirmedBy(user));
		model.addAttribute("mayTake", review.canBeTakenBy(user));
		model.addAttribute("mayRelease", current.assignee() != null && current.status().awaitsAgency()
				&& (review.isAssignedTo(user) || review.canBeReassignedBy(user)));
		model.addAttribute("mayReassign", review.canBeReassignedBy(user));
		model.addAttribute("colleagues", review.canBeReassignedBy(user) ? file.colleagues() : List.of());
		model.addAttribute("staffNames", file.staffNames());
		model.addAttribute("reasons", RejectionReason.values());
		model.addAttribute("workingDays", file.workingDays());
		model.addAttribute("targetDays", file.targetDays());
		model.addAttribute("overdue", file.overdue());
		model.addAttribute("panel", panel);
		return DETAIL_VIEW;
	}

	static String redirectTo(ApplicationId id) {
		return "redirect:/review/" + id.value();
	}

}
