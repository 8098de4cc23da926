package kr.sangsaeng.applications;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface GuaranteeApplicationRepository extends JpaRepository<GuaranteeApplication, Long> {

	@Query("select a from GuaranteeApplication a where a.organisationId = :organisationId order by a.createdAt desc")
	List<GuaranteeApplication> findByOrganisation(long organisationId);

	@Query("select a from GuaranteeApplication a where a.id = :id and a.organisationId = :organisationId")
	Optional<GuaranteeApplication> findOwned(long id, long organisationId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from GuaranteeApplication a where a.id = :id and a.organisationId = :organisationId")
	Optional<GuaranteeApplication> findOwnedForUpdate(long id, long organisationId);

	@Query("select a from GuaranteeApplication a where a.id <> :id and (a.businessNumber = :businessNumber "
			+ "or a.representativeName = :representativeName) and a.status in ("
			+ "kr.sangsaeng.applications.ApplicationStatus.SUBMITTED, "
			+ "kr.sangsaeng.applications.ApplicationStatus.UNDER_REVIEW, "
			+ "kr.sangsaeng.applications.ApplicationStatus.INFO_REQUESTED, "
			+ "kr.sangsaeng.applications.ApplicationStatus.RECOMMENDED) order by a.receiptNumber")
	List<GuaranteeApplication> findOpenAlike(long id, String businessNumber, String representativeName);

	List<GuaranteeApplication> findByStatusAndProgrammeCodeInOrderByDecidedAtAscIdAsc(ApplicationStatus status,
			Collection<String> programmeCodes);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from GuaranteeApplication a where a.id = :id")
	Optional<GuaranteeApplication> findForUpdate(long id);

	/** The company's application in the programme that is a draft or still awaits its decision. */
	String PENDING = "from GuaranteeApplication a where a.organisationId = :organisationId "
			+ "and a.programmeCode = :programmeCode and a.status in ("
			+ "kr.sangsaeng.applications.ApplicationStatus.DRAFT, kr.sangsaeng.applications.ApplicationStatus.SUBMITTED, "
			+ "kr.sangsaeng.applications.ApplicationStatus.UNDER_REVIEW, "
			+ "kr.sangsaeng.applications.ApplicationStatus.INFO_REQUESTED, "
			+ "kr.sangsaeng.applications.ApplicationStatus.RECOMMENDED)";

	@Query("select a " + PENDING)
	Optional<GuaranteeApplication> findPending(long organisationId, String programmeCode);

	@Query("select a.id " + PENDING)
	Optional<Long> findPendingId(long organisationId, String programmeCode);

}
