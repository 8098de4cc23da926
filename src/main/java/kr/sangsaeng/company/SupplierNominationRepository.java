package kr.sangsaeng.company;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupplierNominationRepository extends JpaRepository<SupplierNomination, Long> {

	@Query("select n from SupplierNomination n where n.funderCode = :funderCode "
			+ "order by case when n.status = kr.sangsaeng.company.NominationStatus.NOMINATED then 0 else 1 end, "
			+ "n.nominatedAt desc, n.id desc")
	List<SupplierNomination> findByFunder(String funderCode);

	@Query("select n from SupplierNomination n where n.nominatorOrganisation = :organisation "
			+ "order by n.nominatedAt desc, n.id desc")
	List<SupplierNomination> findByNominator(long organisation);

	@Query("select n from SupplierNomination n where n.id = :id and n.funderCode = :funderCode")
	Optional<SupplierNomination> findMadeTo(long id, String funderCode);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from SupplierNomination n where n.id = :id and n.funderCode = :funderCode")
	Optional<SupplierNomination> findMadeToForUpdate(long id, String funderCode);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from SupplierNomination n where n.id = :id and n.nominatorOrganisation = :organisation")
	Optional<SupplierNomination> findMadeByForUpdate(long id, long organisation);

	@Query("select count(n) > 0 from SupplierNomination n where n.funderCode = :funderCode "
			+ "and n.businessNumber = :number and n.status = kr.sangsaeng.company.NominationStatus.NOMINATED")
	boolean isWaiting(String funderCode, String number);

	@Query("select count(n) > 0 from SupplierNomination n where n.funderCode = :funderCode "
			+ "and n.nominatorNumber = :nominator and n.businessNumber = :number and n.tier = 2 "
			+ "and n.status in (kr.sangsaeng.company.NominationStatus.NOMINATED, "
			+ "kr.sangsaeng.company.NominationStatus.CONFIRMED)")
	boolean isOwnTier2(String funderCode, String nominator, String number);

}
