package kr.sangsaeng.system;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the session store's statements run. A session is read with one statement, which needs no transaction when the
 * request has none open: most requests read their session before anything else, and a transaction of its own would
 * cost an entity manager and a commit. Writing a session (the session and its attributes) commits in a transaction of
 * its own, never in one the request has open, which may be read-only or be rolled back.
 */
final class SessionTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionTemplate ownTransaction;

	SessionTransactions(PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) {
		if (READING.get() != null && !TransactionSynchronizationManager.isActualTransactionActive()) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return ownTransaction.execute(action);
	}

	/**
	 * Runs {@code read}, which only reads sessions (or removes one found expired, with one statement).
	 */
	static <T> T reading(Supplier<T> read) {
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			READING.remove();
		}
	}

}
