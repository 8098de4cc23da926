package kr.sangsaeng.program.web;

import java.util.List;

import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.ProgrammePageSection;
import kr.sangsaeng.program.ProgrammeSummary;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public catalogue of programmes.
 */
@Controller
class CatalogueController {

	static final String LIST_VIEW = "program/catalogue";

	static final String DETAIL_VIEW = "program/programme";

	private final ProgrammeCatalogue catalogue;

	private final List<ProgrammePageSection> sections;

	CatalogueController(ProgrammeCatalogue catalogue, List<ProgrammePageSection> sections) {
		this.catalogue = catalogue;
		this.sections = sections;
	}

	@GetMapping("/programmes")
	String list(Model model) {
		model.addAttribute("programmes", catalogue.published());
		model.addAttribute("totalCapacity", catalogue.totalCapacity());
		return LIST_VIEW;
	}

	@GetMapping("/programmes/{code}")
	String show(@PathVariable String code, Authentication reader, Model model) {
		if (!ProgrammeCode.isWellFormed(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ProgrammeSummary programme = catalogue.findPublished(new ProgrammeCode(code))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("programme", programme);
		model.addAttribute("sections",
				sections.stream().flatMap(section -> section.sectionFor(programme, reader).stream()).toList());
		return DETAIL_VIEW;
	}

}
