package kr.sangsaeng.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many measurements fell into each bucket (a whole number of days, hours or minutes), from which the median is
 * read as PostgreSQL's {@code percentile_cont(0.5)} computes it: the middle measurement, or halfway between the two
 * middle ones.
 */
final class Histogram {

	/**
	 * The measurement at {@code offset} (from 0) among those of {@code bucket}, in their order.
	 */
	interface Measurement {

		double at(long bucket, long offset);

	}

	private final TreeMap<Long, Long> counts = new TreeMap<>();

	void add(long bucket, long count) {
		counts.merge(bucket, count, Long::sum);
	}

	long size() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Where the middle measurement is, or the two middle ones: their buckets and offsets within them.
	 */
	List<Position> middle() {
		long size = size();
		Position lower = at((size - 1) / 2);
		return size % 2 == 1 ? List.of(lower) : List.of(lower, at(size / 2));
	}

	double median(Measurement measurement) {
		return median(middle().stream().map(position -> measurement.at(position.bucket(), position.offset())).toList());
	}

	/**
	 * The median from the measurements at {@link #middle()}, in that order.
	 */
	static double median(List<Double> middle) {
		return middle.size() == 1 ? middle.get(0) : middle.get(0) + (middle.get(1) - middle.get(0)) * 0.5;
	}

	/**
	 * Where the measurement of {@code rank} (from 0, in order) is: its bucket and offset within it.
	 */
	Position at(long rank) {
		long before = 0;
		for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
			if (rank < before + bucket.getValue()) {
				return new Position(bucket.getKey(), rank - before);
			}
			before += bucket.getValue();
		}
		throw new IllegalArgumentException("no measurement " + rank + " among " + before);
	}

	record Position(long bucket, long offset) {
	}

}
