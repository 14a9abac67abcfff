package org.corridor.observatory.monitor.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;

/**
 * Generates plausible yearly figures for a plan's indicators so that a new installation
 * has something to evaluate. The figures are invented: they are reproducible from a seed
 * and stored as demo data, which every screen, export and API response labels DEMO. Each
 * indicator starts at 40–70% of its target (none at all for a count) and moves towards it
 * at a pace of 75–115% of the straight path, so the statuses are mixed.
 */
public final class DemoFigures {

	public static final String SOURCE = "DEMO 演示数据(随机生成)/ generated demo data";

	private DemoFigures() {
	}

	public static List<ObservationRecord> generate(Plan plan, long seed, Clock clock) {
		int lastYear = Math.min(LocalDate.now(clock).getYear() - 1, plan.header().endYear());
		String zone = plan.rootZone().code();
		// the reporting districts: their shares make up the corridor's figure
		List<Zone> districts = plan.listZones()
			.stream()
			.filter((z) -> z.level() == ZoneLevel.DISTRICT && z.reporting())
			.toList();
		List<ObservationRecord> records = new ArrayList<>();
		for (Indicator indicator : plan.listIndicators()) {
			// a computed indicator takes its figures from the registry, not from reports
			if (indicator.frequency() == Frequency.ONCE || indicator.targets().isEmpty() || indicator.query() != null) {
				continue;
			}
			Random random = new Random(seed ^ indicator.code().value().hashCode());
			Target target = indicator.targets().get(0);
			double goal = target.value().doubleValue();
			boolean count = isCount(target);
			double base = count ? 0 : goal * (0.4 + 0.3 * random.nextDouble());
			double pace = 0.75 + 0.4 * random.nextDouble();
			int t0 = plan.header().baselineYear();
			double[] shares = shares(random, districts.size());
			for (int year = t0; year <= lastYear; year++) {
				double tau = (double) (year - t0) / (target.year() - t0);
				double noise = (year == t0) ? 0 : (random.nextDouble() - 0.5) * 0.02 * goal;
				double value = base + (goal - base) * tau * pace + (count ? 0 : noise);
				records.add(new ObservationRecord(indicator.code().value(), zone, year, round(value, count), SOURCE,
						"seed " + seed));
				for (int d = 0; !count && d < districts.size(); d++) {
					records.add(new ObservationRecord(indicator.code().value(), districts.get(d).code(), year,
							round(value * shares[d], false), SOURCE, "seed " + seed));
				}
			}
		}
		return records;
	}

	/**
	 * Random district shares of the corridor's figure, summing to one, so the map has
	 * something to colour.
	 */
	private static double[] shares(Random random, int districts) {
		double[] shares = new double[districts];
		double total = 0;
		for (int d = 0; d < districts; d++) {
			shares[d] = 0.2 + random.nextDouble();
			total += shares[d];
		}
		for (int d = 0; d < districts; d++) {
			shares[d] /= total;
		}
		return shares;
	}

	private static boolean isCount(Target target) {
		return target.value().stripTrailingZeros().scale() <= 0 && target.value().doubleValue() < 1000;
	}

	private static BigDecimal round(double value, boolean count) {
		return BigDecimal.valueOf(value).setScale(count ? 0 : 1, count ? RoundingMode.FLOOR : RoundingMode.HALF_UP);
	}

}
