package kr.sangsaeng.dashboard;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many measurements fell into each bucket (a whole number of days or hours), from which the median is read as
 * PostgreSQL's {@code percentile_cont(0.5)} computes it: the middle measurement, or halfway between the two middle
 * ones.
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

	double median(Measurement measurement) {
		long size = size();
		double lower = at((size - 1) / 2, measurement);
		if (size % 2 == 1) {
			return lower;
		}
		double upper = at(size / 2, measurement);
		return lower + (upper - lower) * 0.5;
	}

	private double at(long rank, Measurement measurement) {
		long before = 0;
		for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
			if (rank < before + bucket.getValue()) {
				return measurement.at(bucket.getKey(), rank - before);
			}
			before += bucket.getValue();
		}
		throw new IllegalArgumentException("no measurement " + rank + " among " + before);
	}

}
