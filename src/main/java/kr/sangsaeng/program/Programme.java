package kr.sangsaeng.program;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Won;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A win-win financing programme. Its capacity is the sum of its capacity ledger entries; committed and
 * disbursed follow the guarantees and loans drawn on it.
 */
@Entity
@Table(name = "programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_ko", nullable = false)
	private String nameKo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "description_ko", nullable = false)
	private String descriptionKo = "";

	@Column(name = "description_en", nullable = false)
	private String descriptionEn = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgrammeStatus status = ProgrammeStatus.DRAFT;

	@Column(name = "capacity_won", nullable = false)
	private Won capacity = Won.ZERO;

	@Column(name = "committed_won", nullable = false)
	private Won committed = Won.ZERO;

	@Column(name = "disbursed_won", nullable = false)
	private Won disbursed = Won.ZERO;

	@ElementCollection
	@CollectionTable(name = "programme_agency", joinColumns = @JoinColumn(name = "programme_id"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<AgencyPart> agencies = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "programme_bank", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "bank_code")
	@Fetch(FetchMode.SUBSELECT)
	private Set<String> bankCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "programme_funder", joinColumns = @JoinColumn(name = "programme_id"))
	@Fetch(FetchMode.SUBSELECT)
	private Set<FunderPart> funders = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Programme() {
	}

	@Embeddable
	record AgencyPart(@Column(name = "agency_code") String agencyCode, @Column(name = "lead") boolean lead) {
	}

	@Embeddable
	record FunderPart(@Column(name = "funder_code") String funderCode,
			@Column(name = "contribution_won") Won contribution, @Column(name = "position") int position) {
	}

	Long id() {
		return id;
	}

	ProgrammeCode code() {
		return new ProgrammeCode(code);
	}

	LocalizedName name() {
		return new LocalizedName(nameKo, nameEn);
	}

	LocalizedName description() {
		return new LocalizedName(descriptionKo, descriptionEn);
	}

	ProgrammeStatus status() {
		return status;
	}

	Won capacity() {
		return capacity;
	}

	Won committed() {
		return committed;
	}

	Won disbursed() {
		return disbursed;
	}

	Set<AgencyPart> agencies() {
		return agencies;
	}

	Set<String> bankCodes() {
		return bankCodes;
	}

	Set<FunderPart> funders() {
		return funders;
	}

}
