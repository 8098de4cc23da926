package kr.sangsaeng.company.web;

import java.beans.PropertyEditorSupport;
import java.util.List;

import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.Region;

import org.springframework.web.bind.WebDataBinder;

/**
 * What the company forms offer to choose from, and how they take what is typed.
 */
final class FormChoices {

	static final List<IndustrySection> INDUSTRIES = List.of(IndustrySection.values());

	static final List<Region> REGIONS = List.of(Region.values());

	/**
	 * No field accepts more than a few hundred characters; anything longer is cut to this length before it is
	 * checked, so that a refused form does not send megabytes back to the browser.
	 */
	static final int LONGEST_KEPT = 1_000;

	private FormChoices() {
	}

	static void keepTextShort(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text != null && text.length() > LONGEST_KEPT ? text.substring(0, LONGEST_KEPT) : text);
			}

		});
	}

}
