package kr.sangsaeng.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface LendingBankRepository extends JpaRepository<LendingBank, String> {

}
