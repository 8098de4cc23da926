package kr.sangsaeng.program.web;

import java.util.List;

import kr.sangsaeng.program.Agreement;
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
	 * {@code agencies} add the English name and every guaranteeing agency; {@code agreements} the programme's
	 * agreements, whose figures add up to the programme's.
	 */
	record ProgrammeJson(String code, String name, String nameEn, String agency, List<String> agencies,
			String status, long capacityWon, long committedWon, long disbursedWon, long remainingWon,
			List<AgreementJson> agreements) {

		static ProgrammeJson of(ProgrammeSummary programme) {
			return new ProgrammeJson(programme.code().value(), programme.name().korean(), programme.name().english(),
					programme.leadAgency().code(),
					programme.agencies().stream().map(ProgrammeSummary.Participant::code).toList(),
					programme.status().name(), programme.capacity().value(), programme.committed().value(),
					programme.disbursed().value(), programme.remaining().value(),
					programme.agreements().stream().map(AgreementJson::of).toList());
		}

	}

	/**
	 * One agreement of a programme. {@code agency} is {@code KODIT}, {@code KIBO} or {@code KSURE} (K-SURE's code
	 * without its hyphen). The agreement states its capacity in loan won or in guarantee won; the other of
	 * {@code loanCapacityWon} and {@code guaranteeCapacityWon} follows from it by the agreement's default guarantee
	 * ratio. {@code contributedWon} is the sum of its funders' contributions of every kind.
	 */
	record AgreementJson(String code, String agency, long guaranteeCapacityWon, long loanCapacityWon,
			long committedWon, long disbursedWon, long remainingWon, long contributedWon) {

		static AgreementJson of(Agreement agreement) {
			return new AgreementJson(agreement.code().value(), agreement.agency().code().replace("-", ""),
					agreement.guaranteeCapacity().value(), agreement.loanCapacity().value(),
					agreement.committed().value(), agreement.disbursed().value(), agreement.remaining().value(),
					agreement.contributed().value());
		}

	}

}
