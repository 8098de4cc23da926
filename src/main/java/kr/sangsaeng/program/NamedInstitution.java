package kr.sangsaeng.program;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import kr.sangsaeng.shared.LocalizedName;

/**
 * A guarantee agency, lending bank or funder: reference data kept by migration.
 */
@MappedSuperclass
abstract class NamedInstitution {

	@Id
	private String code;

	@Column(name = "name_ko", nullable = false)
	private String nameKo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	String code() {
		return code;
	}

	LocalizedName name() {
		return new LocalizedName(nameKo, nameEn);
	}

}
