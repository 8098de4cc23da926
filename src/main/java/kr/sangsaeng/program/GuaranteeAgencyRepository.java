package kr.sangsaeng.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuaranteeAgencyRepository extends JpaRepository<GuaranteeAgency, String> {

}
