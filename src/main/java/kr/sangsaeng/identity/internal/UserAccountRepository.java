package kr.sangsaeng.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where u.organisation.id = :organisationId and u.enabled = true "
			+ "order by u.displayName, u.username")
	java.util.List<UserAccount> findEnabledByOrganisation(long organisationId);

	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findByUsername(String username);

	/**
	 * Accounts whose username or name contains {@code text} (in lower case, its LIKE wildcards escaped with a
	 * backslash), staff before SMEs, by username.
	 */
	@Query("select u from UserAccount u join fetch u.organisation o where :text = '' "
			+ "or lower(u.username) like concat('%', :text, '%') escape '\\' "
			+ "or lower(u.displayName) like concat('%', :text, '%') escape '\\' "
			+ "order by case when o.kind = kr.sangsaeng.identity.OrganisationKind.SME then 1 else 0 end, u.username")
	java.util.List<UserAccount> search(String text, Pageable page);

	/**
	 * Notes a sign-in without taking part in the account's versioning: sign-ins of one account at the same moment
	 * all succeed, and the latest time stays.
	 */
	@Modifying
	@Query("update UserAccount u set u.language = :language, u.lastSignInAt = case when u.lastSignInAt is null "
			+ "or u.lastSignInAt < :at then :at else u.lastSignInAt end where u.id = :id")
	int signedIn(long id, Instant at, String language);

	@Query("select u from UserAccount u where u.organisation.id = :organisationId and u.enabled = true "
			+ "and u.email is not null order by u.username")
	java.util.List<UserAccount> findMailableByOrganisation(long organisationId);

	/**
	 * Username and display name of the accounts whose usernames, in lower case, are among {@code usernames}.
	 */
	@Query("select u.username as username, u.displayName as displayName from UserAccount u "
			+ "where lower(u.username) in :usernames")
	java.util.List<NameOfAccount> findNamesByUsernames(java.util.Collection<String> usernames);

	/**
	 * The name an account goes by.
	 */
	interface NameOfAccount {

		String getUsername();

		String getDisplayName();

	}

	@Query("select u from UserAccount u where lower(u.email) = lower(:email)")
	Optional<UserAccount> findByEmail(String email);

	default boolean existsByUsername(String username) {
		return findByUsername(username).isPresent();
	}

}
