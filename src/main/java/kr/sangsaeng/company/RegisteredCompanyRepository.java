package kr.sangsaeng.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegisteredCompanyRepository extends JpaRepository<RegisteredCompany, Long> {

	Optional<RegisteredCompany> findByOrganisationId(long organisationId);

	@Query("select c.organisationId as organisationId, c.nameKo as korean, c.nameEn as english "
			+ "from RegisteredCompany c where c.organisationId in :organisations")
	List<CompanyName> findNamesByOrganisationIds(Collection<Long> organisations);

	interface CompanyName {

		Long getOrganisationId();

		String getKorean();

		String getEnglish();

	}

}
