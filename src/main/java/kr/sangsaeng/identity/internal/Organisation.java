package kr.sangsaeng.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kr.sangsaeng.identity.OrganisationKind;
import kr.sangsaeng.identity.OrganisationRef;
import kr.sangsaeng.shared.LocalizedName;

@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_ko", nullable = false)
	private String nameKo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	protected Organisation() {
	}

	public Organisation(OrganisationKind kind, String code, String nameKo, String nameEn) {
		this.kind = kind;
		this.code = code;
		this.nameKo = nameKo;
		this.nameEn = nameEn;
	}

	public OrganisationRef toRef() {
		return new OrganisationRef(id, kind, code, new LocalizedName(nameKo, nameEn));
	}

	String code() {
		return code;
	}

	OrganisationKind kind() {
		return kind;
	}

	public void rename(String nameKo, String nameEn) {
		this.nameKo = nameKo;
		this.nameEn = nameEn;
	}

}
