package kr.sangsaeng.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingInstitutionRepository extends JpaRepository<FundingInstitution, String> {

}
