package kr.sangsaeng.identity.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import kr.sangsaeng.identity.OrganisationKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	/**
	 * The organisation whose code this is: a staff organisation, or the SME that proved this business
	 * registration number is its own. Unverified claims of a number are not found here.
	 */
	@Query("select o from Organisation o where o.code = :code and o.verification = kr.sangsaeng.identity.Ownership.VERIFIED")
	Optional<Organisation> findByCode(String code);

	default boolean existsByCode(String code) {
		return findByCode(code).isPresent();
	}

	/**
	 * Every SME organisation that claims this business registration number, verified or not, locked in the order of
	 * their ids, so that verifications of one number happen one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Organisation o where o.code = :code and o.kind = kr.sangsaeng.identity.OrganisationKind.SME "
			+ "order by o.id")
	List<Organisation> lockClaimsOf(String code);

	/**
	 * The code (business registration number) of an SME organisation, read without loading the organisation.
	 */
	@Query("select o.code from Organisation o where o.id = :id and o.kind = kr.sangsaeng.identity.OrganisationKind.SME")
	Optional<String> smeCodeOf(long id);

	List<Organisation> findByKindOrderByNameKo(OrganisationKind kind);

}
