package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Zone;

/**
 * Finds figures far from their own history or from their peers: a change on the year
 * before beyond ±{@value #YOY_LIMIT_PERCENT} %, or a robust z-score (0.6745 × (x −
 * median) / MAD) beyond {@value #Z_LIMIT} within the zone's series or among the zones of
 * the same level in the same year (the zones that report: a district kept only to split
 * figures is no peer). Robust statistics, so one wild figure does not hide itself by
 * moving the mean; at least three figures are needed for a z-score.
 */
public final class Outliers {

	static final double YOY_LIMIT_PERCENT = 50;

	static final double Z_LIMIT = 3.5;

	private static final double CONSISTENCY = 0.6745;

	private Outliers() {
	}

	/**
	 * The figure of {@code indicator}, {@code zone}, {@code year} in {@code figures}, if
	 * it is an outlier.
	 */
	public static Optional<Outlier> check(Plan plan, Figures figures, String indicator, String zone, int year) {
		BigDecimal value = figures.find(indicator, zone, year);
		if (value == null) {
			return Optional.empty();
		}
		BigDecimal previous = figures.find(indicator, zone, year - 1);
		Double yoy = (previous != null && previous.signum() != 0)
				? (value.doubleValue() - previous.doubleValue()) / Math.abs(previous.doubleValue()) * 100 : null;
		Map<Integer, BigDecimal> series = figures.series(indicator, zone);
		double[] own = robust(series.values(), value.doubleValue());
		List<BigDecimal> peers = new ArrayList<>();
		Zone self = plan.findZone(zone).orElse(null);
		if (self != null) {
			plan.listZones()
				.stream()
				.filter((other) -> other.level() == self.level() && other.reporting())
				.map((other) -> figures.find(indicator, other.code(), year))
				.filter((peer) -> peer != null)
				.forEach(peers::add);
		}
		double[] peer = robust(peers, value.doubleValue());
		Outlier outlier = new Outlier(indicator, zone, year, value, previous, yoy, boxed(own, 0), boxed(own, 1),
				boxed(own, 2), boxed(peer, 0), boxed(peer, 1), boxed(peer, 2));
		return (beyondYoy(yoy) || beyondZ(outlier.seriesZ()) || beyondZ(outlier.peerZ())) ? Optional.of(outlier)
				: Optional.empty();
	}

	static boolean beyondYoy(Double yoy) {
		return yoy != null && Math.abs(yoy) > YOY_LIMIT_PERCENT;
	}

	static boolean beyondZ(Double z) {
		return z != null && Math.abs(z) > Z_LIMIT;
	}

	/** Median, MAD and robust z of {@code x}; null when fewer than three values. */
	static double[] robust(Collection<BigDecimal> values, double x) {
		if (values.size() < 3) {
			return null;
		}
		double[] sorted = values.stream().mapToDouble(BigDecimal::doubleValue).sorted().toArray();
		double median = median(sorted);
		double[] deviations = java.util.Arrays.stream(sorted).map((v) -> Math.abs(v - median)).sorted().toArray();
		double mad = median(deviations);
		double z = (mad == 0) ? Double.NaN : CONSISTENCY * (x - median) / mad;
		return new double[] { median, mad, z };
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static Double boxed(double[] numbers, int index) {
		return (numbers == null || Double.isNaN(numbers[index])) ? null : numbers[index];
	}

}
