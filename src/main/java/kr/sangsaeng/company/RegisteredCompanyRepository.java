package kr.sangsaeng.company;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegisteredCompanyRepository extends JpaRepository<RegisteredCompany, Long> {

	Optional<RegisteredCompany> findByOrganisationId(long organisationId);


}
