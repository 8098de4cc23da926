package kr.sangsaeng.program;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	@Query("select p from Programme p where p.status <> kr.sangsaeng.program.ProgrammeStatus.DRAFT order by p.id")
	List<Programme> findPublished();

	@Query("select p from Programme p order by p.id")
	List<Programme> findAllInOrder();

	Optional<Programme> findByCode(String code);

	boolean existsByCode(String code);

}
