package kr.sangsaeng.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BankApiTokenRepository extends JpaRepository<BankApiToken, Long> {

	@Query("select t from BankApiToken t join fetch t.organisation where t.tokenHash = :hash")
	Optional<BankApiToken> findByHash(String hash);

	@Query("select t from BankApiToken t join fetch t.organisation where t.id = :id")
	Optional<BankApiToken> findWithBank(long id);

	@Query("select t from BankApiToken t join fetch t.organisation o "
			+ "order by case when t.revokedAt is null then 0 else 1 end, o.nameKo, t.createdAt desc, t.id desc")
	List<BankApiToken> findAllWithBanks();

	@Query("select count(t) > 0 from BankApiToken t where t.tokenHash = :hash")
	boolean existsByHash(String hash);

}
