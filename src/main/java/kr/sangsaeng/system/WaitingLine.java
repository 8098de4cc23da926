package kr.sangsaeng.system;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The line of people whose submission found no room: each is given an appointment, one behind another, spaced by
 * how long a submission has lately held its permit divided by the number of permits, so that the waiting page can
 * say their place and ask them back when their turn comes instead of all at once. An appointment travels with the
 * form as a signed ticket (the field {@value #FIELD}); the key is shared by every instance through the database,
 * so either instance honours a place the other gave. A ticket written by hand, or one older than
 * {@link #KEPT_FOR}, is no place at all.
 */
@Component
class WaitingLine {

	static final String FIELD = "_line";

	/** How close to its appointment a returning submission counts as its turn. */
	static final Duration DUE_WITHIN = Duration.ofSeconds(1);

	/** How long after its appointment a place is still kept. */
	static final Duration KEPT_FOR = Duration.ofMinutes(10);

	/** The weight of the latest submission in the running average of how long one holds a permit. */
	private static final double LATEST_WEIGHT = 0.05;

	private static final int SIGNATURE_BYTES = 12;

	private static final String MAC = "HmacSHA256";

	/** One per thread, made once: looking the algorithm up costs more than signing. */
	private final ThreadLocal<Mac> macs;

	private final int permits;

	private final AtomicLong lastAppointment = new AtomicLong();

	private volatile double holdMicros;

	WaitingLine(JdbcClient jdbc, OverloadProperties properties) {
		String secret = jdbc.sql("select secret from waiting_line_key where id = 1").query(String.class).single();
		SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), MAC);
		this.macs = ThreadLocal.withInitial(() -> mac(key));
		this.permits = properties.maxSubmissionsInFlight();
		this.holdMicros = properties.submissionTimeEstimate().toNanos() / 1000.0;
	}

	/**
	 * A new place at the end of the line.
	 */
	Place join(Instant now) {
		long nowMicros = micros(now);
		long spacing = spacingMicros();
		long at = lastAppointment.accumulateAndGet(nowMicros, (last, current) -> Math.max(last, current) + spacing);
		return new Place(at, sign(at));
	}

	/**
	 * The place {@code ticket} stands for, or {@code null} when it is missing, forged or no longer kept.
	 */
	Place read(String ticket, Instant now) {
		if (ticket == null) {
			return null;
		}
		int dot = ticket.indexOf('.');
		if (dot <= 0) {
			return null;
		}
		long at;
		try {
			at = Long.parseLong(ticket, 0, dot, 10);
		}
		catch (NumberFormatException unreadable) {
			return null;
		}
		String expected = sign(at);
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				ticket.getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		return at < micros(now) - KEPT_FOR.toNanos() / 1000 ? null : new Place(at, expected);
	}

	/**
	 * How many are ahead of {@code place}, itself included: at least one.
	 */
	long placeInLine(Place place, Instant now) {
		long ahead = place.at() - micros(now);
		return Math.max(1, (ahead + spacingMicros() - 1) / spacingMicros());
	}

	/**
	 * Whether {@code place}'s turn has come.
	 */
	boolean isDue(Place place, Instant now) {
		return place.at() - micros(now) <= DUE_WITHIN.toNanos() / 1000;
	}

	/**
	 * Whole seconds until {@code place}'s turn, at least one.
	 */
	long secondsUntil(Place place, Instant now) {
		long ahead = place.at() - micros(now);
		return Math.max(1, (ahead + 999_999) / 1_000_000);
	}

	/**
	 * Learns from a submission that held its permit for {@code heldNanos}.
	 */
	synchronized void served(long heldNanos) {
		double held = heldNanos / 1000.0;
		holdMicros = holdMicros + LATEST_WEIGHT * (held - holdMicros);
	}

	private long spacingMicros() {
		return Math.max(1, Math.round(holdMicros / permits));
	}

	private String sign(long at) {
		byte[] signature = macs.get().doFinal(Long.toString(at).getBytes(StandardCharsets.US_ASCII));
		return at + "." + HexFormat.of().formatHex(signature, 0, SIGNATURE_BYTES);
	}

	private static Mac mac(SecretKeySpec key) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(key);
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	/**
	 * An appointment, in microseconds since the epoch, and the ticket that stands for it.
	 */
	record Place(long at, String ticket) {
	}

}
