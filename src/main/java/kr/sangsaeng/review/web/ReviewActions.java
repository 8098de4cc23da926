package kr.sangsaeng.review.web;

import java.util.Optional;
import java.util.function.ObjLongConsumer;

import kr.sangsaeng.applications.ApplicationChangedException;
import kr.sangsaeng.applications.ApplicationRuleException;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.ProgrammeRuleException;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.review.ReviewRuleException;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.system.FormErrors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every action on the review page answers: the same checks before, the same page or redirect after.
 */
@Component
class ReviewActions {

	private final ReviewApplicationPage page;

	private final ReviewDecisions decisions;

	ReviewActions(ReviewApplicationPage page, ReviewDecisions decisions) {
		this.page = page;
		this.decisions = decisions;
	}

	/**
	 * Runs one action on the version the reviewer saw. Field errors, and rules the reviewer can fix, show the page
	 * again with what they typed; an application someone else changed meanwhile is shown afresh with a warning.
	 */
	String run(ApplicationId applicationId, SignedInUser user, DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, String panel, String notice, ObjLongConsumer<ApplicationId> action) {
		decisions.open(user, applicationId);
		Optional<Long> version = DecisionChecks.version(form, errors);
		if (errors.hasErrors()) {
			return page.show(applicationId, user, model, panel, errors);
		}
		try {
			action.accept(applicationId, version.get());
		}
		catch (ApplicationChangedException changed) {
			redirect.addFlashAttribute("problem", changed.messageKey());
			return ReviewApplicationPage.redirectTo(applicationId);
		}
		catch (ReviewRuleException | ProgrammeRuleException refused) {
			FormErrors.reject(errors, refused);
			return page.show(applicationId, user, model, panel, errors);
		}
		catch (ApplicationRuleException refused) {
			if (refused.field() != null) {
				FormErrors.reject(errors, refused);
				return page.show(applicationId, user, model, panel, errors);
			}
			redirect.addFlashAttribute("problem", refused.messageKey());
			return ReviewApplicationPage.redirectTo(applicationId);
		}
		if (!redirect.getFlashAttributes().containsKey("notice")) {
			redirect.addFlashAttribute("notice", notice);
		}
		return ReviewApplicationPage.redirectTo(applicationId);
	}

}
