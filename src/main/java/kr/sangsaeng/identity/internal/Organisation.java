package kr.sangsaeng.identity.internal;

import java.time.Instant;

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
import kr.sangsaeng.identity.Ownership;
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

	@Column(nullable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Ownership verification = Ownership.VERIFIED;

	@Column(name = "verified_at")
	private Instant verifiedAt;

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

	/**
	 * An SME's organisation that claims its business registration number without having proved it yet.
	 */
	public static Organisation unverifiedSme(String businessNumber, String nameKo, String nameEn) {
		Organisation organisation = new Organisation(OrganisationKind.SME, businessNumber, nameKo, nameEn);
		organisation.verification = Ownership.UNVERIFIED;
		return organisation;
	}

	public Long id() {
		return id;
	}

	public Ownership verification() {
		return verification;
	}

	public void verified(Instant at) {
		this.verification = Ownership.VERIFIED;
		this.verifiedAt = at;
	}

	public void superseded() {
		this.verification = Ownership.SUPERSEDED;
	}

	public OrganisationRef toRef() {
		return new OrganisationRef(id, kind, code, new LocalizedName(nameKo, nameEn));
	}

	public String code() {
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
