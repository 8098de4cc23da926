package kr.sangsaeng.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reckons the figures that read every guarantee, loan and partner application ({@link MoneyFigures},
 * {@link ClaimFigures}, {@link SupplyChainReach}) into snapshots that the dashboard's pages, exports and open
 * statistics read: at a million applications they take seconds to reckon, and a page must not. Each reckoning
 * replaces the last whole, in one transaction, so a reader sees one reckoning or the next, never a mix.
 */
@Service
public class FigureReckoning {

	private static final String NAME = "dashboard";

	private final MoneyFigures money;

	private final ClaimFigures claims;

	private final SupplyChainReach reach;

	private final JdbcClient jdbc;

	private final Clock clock;

	FigureReckoning(MoneyFigures money, ClaimFigures claims, SupplyChainReach reach, JdbcClient jdbc, Clock clock) {
		this.money = money;
		this.claims = claims;
		this.reach = reach;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Reckons every figure anew. Two reckonings at once, on one instance or two, take turns.
	 */
	@Transactional
	public void reckon() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('figure-reckoning'))").query().singleRow();
		// the money trail joins every guarantee with its application and loan: in memory rather than on disk
		jdbc.sql("set local work_mem = '64MB'").update();
		Instant started = clock.instant();
		long startedNanos = System.nanoTime();
		money.reckon();
		claims.reckon();
		reach.reckon();
		jdbc.sql("insert into figure_reckoning (name, reckoned_at, took_ms) values (:name, :at, :took) "
				+ "on conflict (name) do update set reckoned_at = excluded.reckoned_at, took_ms = excluded.took_ms")
			.param("name", NAME)
			.param("at", Timestamp.from(started))
			.param("took", Duration.ofNanos(System.nanoTime() - startedNanos).toMillis())
			.update();
	}

	/**
	 * When the figures now shown were reckoned, empty before the first reckoning.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> reckonedAt() {
		return jdbc.sql("select reckoned_at from figure_reckoning where name = :name")
			.param("name", NAME)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

}
