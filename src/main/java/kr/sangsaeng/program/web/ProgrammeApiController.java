package kr.sangsaeng.program.web;

import java.util.List;

import kr.sangsaeng.program.ProgrammeCatalogue;
import kr.sangsaeng.program.ProgrammeSummary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the published programmes and how much of each is used, in whole won.
 */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

	private final ProgrammeCatalogue catalogue;

	ProgrammeApiController(ProgrammeCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<ProgrammeJson> programmes() {
		return catalogue.published().stream().map(ProgrammeJson::of).toList();
	}

	/**
	 * {@code name} and {@code agency} are the Korean name and the lead agency's code; {@code nameEn} and
	 * {@code agencies} add the English name and every guaranteeing agency.
	 */
	record ProgrammeJson(String code, String name, String nameEn, String agency, List<String> agencies,
			String status, long capacityWon, long committedWon, long disbursedWon, long remainingWon) {

		static ProgrammeJson of(ProgrammeSummary programme) {
			return new ProgrammeJson(programme.code().value(), programme.name().korean(), programme.name().english(),
					programme.leadAgency().code(),
					programme.agencies().stream().map(ProgrammeSummary.Participant::code).toList(),
					programme.status().name(), programme.capacity().value(), programme.committed().value(),
					programme.disbursed().value(), programme.remaining().value());
		}

	}

}
