package kr.sangsaeng.applications;

import java.util.List;
import java.util.Optional;

import kr.sangsaeng.program.AgreementCode;

/**
 * The documents an agreement asks for, in the order of their types; illustrative while it is the standard list no
 * administrator has set.
 */
public record AgreementChecklist(AgreementCode agreement, List<DocumentRequirement> requirements,
		boolean illustrative) {

	public AgreementChecklist {
		requirements = List.copyOf(requirements);
	}

	public Optional<DocumentRequirement> requirement(String documentType) {
		return requirements.stream().filter(line -> line.documentType().equals(documentType)).findFirst();
	}

}
