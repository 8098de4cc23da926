package kr.sangsaeng.program;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.sangsaeng.shared.BusinessRegistrationNumber;
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

	/**
	 * The funder's business registration number (사업자등록번호), written with its dashes, where it is known.
	 */
	public Optional<BusinessRegistrationNumber> funderBusinessNumber(String code) {
		return funders.findById(code)
			.map(FundingInstitution::businessNumber)
			.filter(BusinessRegistrationNumber::isValid)
			.map(BusinessRegistrationNumber::parse);
	}

	private static List<Institution> sorted(List<? extends NamedInstitution> institutions) {
		return institutions.stream().map(Institutions::view).sorted(Comparator.comparing(Institution::code)).toList();
	}

	private static Institution view(NamedInstitution institution) {
		return new Institution(institution.code(), institution.name());
	}

}
