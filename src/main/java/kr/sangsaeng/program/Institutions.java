package kr.sangsaeng.program;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.shared.LocalizedName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guarantee agencies, lending banks and funders that programmes can name.
 */
@Service
@Transactional(readOnly = true)
public class Institutions {

	/**
	 * An institution by its code (e.g. {@code KODIT}, {@code WOORI}, {@code HYUNDAI}) and name.
	 */
	public record Institution(String code, LocalizedName name) {
	}

	private final GuaranteeAgencyRepository agencies;

	private final LendingBankRepository banks;

	private final FundingInstitutionRepository funders;

	Institutions(GuaranteeAgencyRepository agencies, LendingBankRepository banks,
			FundingInstitutionRepository funders) {
		this.agencies = agencies;
		this.banks = banks;
		this.funders = funders;
	}

	public List<Institution> agencies() {
		return sorted(agencies.findAll());
	}

	public List<Institution> banks() {
		return sorted(banks.findAll());
	}

	public List<Institution> funders() {
		return sorted(funders.findAll());
	}

	public Optional<Institution> funder(String code) {
		return funders.findById(code).map(Institutions::view);
	}

	private static List<Institution> sorted(List<? extends NamedInstitution> institutions) {
		return institutions.stream().map(Institutions::view).sorted(Comparator.comparing(Institution::code)).toList();
	}

	private static Institution view(NamedInstitution institution) {
		return new Institution(institution.code(), institution.name());
	}

}
