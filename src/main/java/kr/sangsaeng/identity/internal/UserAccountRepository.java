package kr.sangsaeng.identity.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where u.organisation.id = :organisationId and u.enabled = true "
			+ "order by u.displayName, u.username")
	java.util.List<UserAccount> findEnabledByOrganisation(long organisationId);

	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findByUsername(String username);

	default boolean existsByUsername(String username) {
		return findByUsername(username).isPresent();
	}

}
