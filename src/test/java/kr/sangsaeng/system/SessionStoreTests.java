package kr.sangsaeng.system;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.SangsaengTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

@SangsaengTest
class SessionStoreTests {

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSucceedAndTheLaterWins() {
		SessionRepository<Session> sessions = sessions();
		Session created = sessions.createSession();
		sessions.save(created);
		Session page = sessions.findById(created.getId());
		Session sameMomentRequest = sessions.findById(created.getId());

		page.setAttribute("csrf", "token of the page");
		sameMomentRequest.setAttribute("csrf", "token of the other request");
		sessions.save(page);
		sessions.save(sameMomentRequest);

		assertThat(sessions.findById(created.getId()).<String>getAttribute("csrf"))
			.isEqualTo("token of the other request");
	}

	/**
	 * The repository as the request filter uses it, by the sessions' public type.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private SessionRepository<Session> sessions() {
		return (SessionRepository) repository;
	}

}
