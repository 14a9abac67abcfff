package org.corridor.observatory.chain.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.corridor.observatory.chain.reference.ReferenceFigure;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.registry.demo.DemoFirm;
import org.corridor.observatory.registry.demo.DemoNames;

/**
 * A demo reference region (参照区域) for location quotients: yearly all-industry totals and
 * per-segment figures of an invented region the size of a coastal province — some 30
 * million employed and 10–15 万亿元 of revenue, growing a few percent a year — in which each
 * of the plan's segments holds 0.1–2% of employment, its revenue share near that, growing
 * faster than the whole. The region is named {@link #REGION} and every figure's source
 * says it is generated: there is no real reference statistic behind any of it. Each
 * figure is drawn from the seed, the segment and the year alone, so a year's figures do
 * not depend on which other years are asked for.
 */
public final class DemoReference {

	/** The demo region's name. */
	public static final String REGION = DemoNames.MARK + "参照区域";

	// Differs from the other demo mixes so the reference draws unrelated sequences.
	private static final long SALT = 0x4EF_E4E7_CEL;

	private DemoReference() {
	}

	/**
	 * The totals and segment figures of each of {@code years}, year by year, total first.
	 */
	public static List<ReferenceFigure> generate(Plan plan, long seed, List<Integer> years) {
		String source = "DEMO 演示数据(随机生成,非真实统计)/ generated demo data, not real statistics; seed " + seed;
		List<Item> segments = plan.listItems(ItemKind.SEGMENT);
		TreeSet<Integer> ordered = new TreeSet<>(years);
		if (ordered.isEmpty()) {
			return List.of();
		}
		// growth counts from the plan's first year, whichever years are asked for
		int first = plan.header().startYear();
		SplittableRandom base = new SplittableRandom(seed ^ DemoFirm.mix(SALT));
		double employees0 = 3.0e7 * (0.9 + 0.2 * base.nextDouble());
		double revenue0 = 1.0e9 * (1.0 + 0.5 * base.nextDouble());
		double employeesTrend = 0.005 + 0.01 * base.nextDouble();
		double revenueTrend = 0.04 + 0.03 * base.nextDouble();
		List<Shares> shares = segments.stream().map((segment) -> Shares.draw(seed, segment.code())).toList();
		List<ReferenceFigure> figures = new ArrayList<>(ordered.size() * (segments.size() + 1));
		for (int year : ordered) {
			SplittableRandom noise = new SplittableRandom(seed ^ DemoFirm.mix(SALT + year));
			int t = year - first;
			double employees = employees0 * Math.exp(employeesTrend * t + 0.005 * noise.nextGaussian());
			double revenue = revenue0 * Math.exp(revenueTrend * t + 0.02 * noise.nextGaussian());
			figures.add(new ReferenceFigure(REGION, year, null, whole(employees), whole(revenue), true, source));
			for (Shares share : shares) {
				SplittableRandom drift = new SplittableRandom(seed ^ DemoFirm.mix(SALT + share.hash() * 31L + year));
				double grow = share.trend() * t;
				double segmentEmployees = employees * share.employees() * Math.exp(grow + 0.03 * drift.nextGaussian());
				double segmentRevenue = revenue * share.revenue() * Math.exp(1.5 * grow + 0.05 * drift.nextGaussian());
				figures.add(new ReferenceFigure(REGION, year, share.segment(), whole(segmentEmployees),
						whole(segmentRevenue), true, source));
			}
		}
		return figures;
	}

	private static BigDecimal whole(double value) {
		return BigDecimal.valueOf(Math.round(value));
	}

	/**
	 * A segment's share of the region: of employment, log-uniform over 0.1–2%; of
	 * revenue, the same give or take a factor of about 1.5; and how much faster than the
	 * whole it grows each year.
	 */
	private record Shares(String segment, long hash, double employees, double revenue, double trend) {

		static Shares draw(long seed, String segment) {
			long hash = segment.hashCode();
			SplittableRandom random = new SplittableRandom(seed ^ DemoFirm.mix(SALT ^ (hash << 20)));
			double employees = Math.pow(10, -3 + 1.3 * random.nextDouble());
			double revenue = Math.min(0.05, employees * Math.exp(0.4 * random.nextGaussian()));
			return new Shares(segment, hash, employees, revenue, 0.01 + 0.06 * random.nextDouble());
		}

	}

}
