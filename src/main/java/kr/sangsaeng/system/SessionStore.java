package kr.sangsaeng.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions in PostgreSQL as requests use them, written only when something in them changed. A request reads its
 * session once, however many parts of the application ask for it (the session filter, the check that an
 * administrator has not ended it). That the visitor was seen again is written at most once per
 * {@link #ACCESS_WRITTEN_EVERY}: a session therefore ends after its idle timeout counted from a moment up to that
 * much earlier than the last request, and a request that changes the session still writes it at once.
 */
class SessionStore implements FindByIndexNameSessionRepository<SessionStore.StoredSession> {

	static final Duration ACCESS_WRITTEN_EVERY = Duration.ofMinutes(1);

	private static final ThreadLocal<Map<String, StoredSession>> READ_IN_REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings({ "rawtypes", "unchecked" })
	SessionStore(JdbcIndexedSessionRepository sessions) {
		this.sessions = (FindByIndexNameSessionRepository) sessions;
	}

	@Override
	public StoredSession createSession() {
		return new StoredSession(sessions.createSession());
	}

	@Override
	public void save(StoredSession session) {
		sessions.save(session.stored);
	}

	@Override
	public StoredSession findById(String id) {
		Map<String, StoredSession> read = readInRequest();
		if (read != null && read.containsKey(id)) {
			StoredSession known = read.get(id);
			// a session whose id changed in this request is no longer found by its old id
			return known != null && known.getId().equals(id) ? known : null;
		}
		Session stored = SessionTransactions.reading(() -> sessions.findById(id));
		StoredSession found = stored == null ? null : new StoredSession(stored);
		if (read != null && found != null) {
			read.put(id, found);
		}
		return found;
	}

	@Override
	public void deleteById(String id) {
		Map<String, StoredSession> read = readInRequest();
		if (read != null) {
			read.remove(id);
		}
		sessions.deleteById(id);
	}

	@Override
	public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, StoredSession> found = new LinkedHashMap<>();
		sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> found.put(id, new StoredSession(stored)));
		return found;
	}

	/**
	 * The sessions this request has read, by id; none outside a request.
	 */
	private static Map<String, StoredSession> readInRequest() {
		return READ_IN_REQUEST.get();
	}

	/**
	 * Runs {@code request} remembering the sessions it reads, from the session filter's first read to its last write.
	 */
	static void readingOnce(Request request) throws ServletException, IOException {
		Map<String, StoredSession> outer = READ_IN_REQUEST.get();
		READ_IN_REQUEST.set(new HashMap<>());
		try {
			request.run();
		}
		finally {
			if (outer == null) {
				READ_IN_REQUEST.remove();
			}
			else {
				READ_IN_REQUEST.set(outer);
			}
		}
	}

	@FunctionalInterface
	interface Request {

		void run() throws ServletException, IOException;

	}

	/**
	 * A stored session whose last access moves only once it is {@link #ACCESS_WRITTEN_EVERY} old.
	 */
	static final class StoredSession implements Session {

		private final Session stored;

		StoredSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(ACCESS_WRITTEN_EVERY))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
