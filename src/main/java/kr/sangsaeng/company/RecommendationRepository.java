package kr.sangsaeng.company;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

	@Query("select r from Recommendation r where r.funderCode = :funderCode order by r.issuedAt desc, r.id desc")
	List<Recommendation> findByFunder(String funderCode);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Recommendation r where r.id = :id and r.funderCode = :funderCode")
	Optional<Recommendation> findOwnForUpdate(long id, String funderCode);

	@Query("select r from Recommendation r where r.id = :id and r.funderCode = :funderCode")
	Optional<Recommendation> findOwn(long id, String funderCode);

	@Query("select r from Recommendation r where r.applicationId = :applicationId")
	Optional<Recommendation> findByApplication(long applicationId);

	/**
	 * The recommendation the application carries first, if any, then the company's recommendations for the agreement
	 * that wait to be used, newest first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Recommendation r where r.applicationId = :applicationId or (r.businessNumber = :businessNumber "
			+ "and r.agreementCode = :agreementCode and r.applicationId is null and r.withdrawnAt is null "
			+ "and r.validUntil >= :today) "
			+ "order by case when r.applicationId = :applicationId then 0 else 1 end, r.issuedAt desc, r.id desc")
	List<Recommendation> findCarriedOrWaiting(long applicationId, String businessNumber, String agreementCode,
			LocalDate today);

}
