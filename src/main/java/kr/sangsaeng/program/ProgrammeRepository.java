package kr.sangsaeng.program;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	@Query("select p from Programme p where p.status <> kr.sangsaeng.program.ProgrammeStatus.DRAFT order by p.id")
	List<Programme> findPublished();

	@Query("select p from Programme p where p.code = :code and p.status <> kr.sangsaeng.program.ProgrammeStatus.DRAFT")
	Optional<Programme> findPublishedByCode(String code);

}
