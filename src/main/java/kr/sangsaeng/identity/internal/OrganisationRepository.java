package kr.sangsaeng.identity.internal;

import java.util.List;
import java.util.Optional;

import kr.sangsaeng.identity.OrganisationKind;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByCode(String code);

	boolean existsByCode(String code);

	List<Organisation> findByKindOrderByNameKo(OrganisationKind kind);

}
