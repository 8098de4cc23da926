package kr.sangsaeng.program;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Lets other modules add a section to a programme's public page (an SME's eligibility, for instance) without
 * the program module knowing them.
 */
public interface ProgrammePageSection {

	/**
	 * The section for this reader, if any: a Thymeleaf template and fragment, and the values it shows.
	 */
	Optional<Section> sectionFor(ProgrammeSummary programme, Authentication reader);

	/**
	 * A fragment {@code template :: fragment (section)} and the model it reads from {@code section.model()}.
	 */
	record Section(String template, String fragment, Map<String, Object> model) {
	}

}
