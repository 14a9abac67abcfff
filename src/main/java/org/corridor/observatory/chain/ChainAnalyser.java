package org.corridor.observatory.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures every chain and segment of the plan for one zone and year in one pass over the
 * firms of a {@link ChainCube}. A firm counts in a year when it has a row of figures for
 * it, and in a zone when the zone contains it (the plan's root zone contains every firm).
 * <p>
 * A segment earns up to three stars: <b>size</b> when it has at least
 * {@value #SIZE_FIRMS} firms and at least its even part of the chain's revenue (the
 * chain's revenue over its number of segments); <b>specialisation</b> when its location
 * quotient is 1 or more; <b>focus</b> when at least half its revenue is earned in the
 * zones the plan hosts the chain in. Without reference figures or host zones the star
 * concerned cannot be earned.
 */
final class ChainAnalyser {

	static final int SIZE_FIRMS = 3;

	static final double FOCUS_SHARE = 0.5;

	private ChainAnalyser() {
	}

	/**
	 * @param zone the zone's number in the model
	 * @param reference the reference figures of the year, or null
	 * @param landing a firm assumed to be in the cube too, or null
	 */
	static ChainReport analyse(ChainModel model, ChainCube cube, int year, int zone, Reference reference,
			Landing landing) {
		int segments = model.segments.size();
		int chains = model.chains.size();
		Sums sums = new Sums(segments, chains);
		int y = cube.year(year);
		boolean all = zone == model.rootZone;
		LocalDate end = LocalDate.of(year, 12, 31);
		if (cube.hasYear(year)) {
			int previous = cube.hasYear(year - 1) ? y - 1 : -1;
			int[] lastFirmOnChain = new int[chains];
			Arrays.fill(lastFirmOnChain, -1);
			for (int f = 0; f < cube.firms; f++) {
				boolean now = cube.reported[y][f];
				boolean before = previous >= 0 && cube.reported[previous][f];
				if (!now && !before) {
					continue;
				}
				boolean inZone = all || cube.inZone(f, zone);
				int from = cube.segmentStart[f];
				int to = cube.segmentStart[f + 1];
				if (now) {
					double revenue = value(cube.revenue[y][f]);
					for (int i = from; i < to; i++) {
						sums.corridorRevenue[cube.segmentIds[i]] += revenue;
					}
					if (inZone) {
						sums.add(model, cube, f, y, revenue, end, lastFirmOnChain);
					}
				}
				if (before && inZone) {
					double revenue = value(cube.revenue[previous][f]);
					for (int i = from; i < to; i++) {
						sums.previousRevenue[cube.segmentIds[i]] += revenue;
					}
					sums.addPreviousChains(model, cube, f, revenue);
				}
			}
		}
		if (cube.hasYear(year)) {
			for (int i = 0; i < cube.unplacedFirm.length; i++) {
				int f = cube.unplacedFirm[i];
				if (cube.reported[y][f] && (all || cube.inZone(f, zone))) {
					sums.chainUnplaced[cube.unplacedChain[i]]++;
				}
			}
		}
		boolean demo = sums.demo;
		if (landing != null && (all || contains(landing.zones(), zone))) {
			sums.addLanding(model, landing);
			demo |= landing.demo();
		}
		List<ChainFigures> figures = new ArrayList<>(chains);
		for (ChainModel.Chain chain : model.chains) {
			figures.add(chainFigures(model, chain, sums, reference));
		}
		return new ChainReport(year, model.zones.get(zone), (reference != null) ? reference.used() : null, figures,
				demo || (reference != null && reference.demo()));
	}

	private static ChainFigures chainFigures(ChainModel model, ChainModel.Chain chain, Sums sums, Reference reference) {
		int c = chain.index();
		List<SegmentFigures> segments = new ArrayList<>(chain.segments().size());
		int withLeader = 0;
		boolean demo = false;
		for (int s : chain.segments()) {
			SegmentFigures figures = segmentFigures(model.segments.get(s), chain, sums, reference);
			segments.add(figures);
			withLeader += (figures.leaders() > 0) ? 1 : 0;
			demo |= figures.demo();
		}
		return new ChainFigures(chain.code(), chain.name(), chain.clusters().isEmpty() ? null : chain.clusters().get(0),
				sums.chainFirms[c], sums.chainUnplaced[c], sums.chainRevenue[c], sums.chainEmployees[c],
				growth(sums.chainRevenue[c] - sums.chainLandedRevenue[c], sums.chainPreviousRevenue[c]),
				segments.isEmpty() ? null : (double) withLeader / segments.size(),
				Arrays.stream(chain.hostZones()).mapToObj(model.zones::get).toList(), segments, demo);
	}

	private static SegmentFigures segmentFigures(ChainModel.Segment segment, ChainModel.Chain chain, Sums sums,
			Reference reference) {
		int s = segment.index();
		double revenue = sums.revenue[s];
		int firms = sums.firms[s];
		Double lq = locationQuotient(segment.code(), sums, reference, s);
		Double hhi = (revenue > 0) ? 10_000 * sums.revenueSquares[s] / (revenue * revenue) : null;
		Double topShare = (revenue > 0 && sums.topFirm[s] != null) ? sums.topRevenue[s] / revenue : null;
		boolean singlePoint = firms == 1
				|| (firms > 1 && topShare != null && topShare >= SegmentFigures.SINGLE_POINT_SHARE);
		List<String> earned = new ArrayList<>(3);
		int chainSegments = chain.segments().size();
		if (firms >= SIZE_FIRMS && revenue > 0 && revenue >= sums.chainRevenue[chain.index()] / chainSegments) {
			earned.add("SIZE");
		}
		if (lq != null && lq >= 1) {
			earned.add("SPECIALISATION");
		}
		if (chain.hostZones().length > 0 && revenue > 0 && sums.hostRevenue[s] / revenue >= FOCUS_SHARE) {
			earned.add("FOCUS");
		}
		return new SegmentFigures(segment.code(), segment.name(), segment.stage(), firms, revenue, sums.rdSpending[s],
				sums.employees[s], growth(revenue - sums.landedRevenue[s], sums.previousRevenue[s]),
				(sums.corridorRevenue[s] > 0) ? revenue / sums.corridorRevenue[s] : null, lq, hhi, sums.leaders[s],
				sums.topFirm[s], sums.topFirmName[s], topShare, singlePoint, earned.size(), earned,
				sums.segmentDemo[s]);
	}

	private static Double locationQuotient(String code, Sums sums, Reference reference, int s) {
		if (reference == null || reference.total() <= 0) {
			return null;
		}
		Double inRegion = reference.bySegment().get(code);
		double local = reference.employees() ? sums.employees[s] : sums.revenue[s];
		double localTotal = reference.employees() ? sums.totalEmployees : sums.totalRevenue;
		if (inRegion == null || inRegion <= 0 || localTotal <= 0) {
			return null;
		}
		return (local / localTotal) / (inRegion / reference.total());
	}

	private static Double growth(double now, double before) {
		return (before > 0) ? now / before - 1 : null;
	}

	private static double value(double figure) {
		return Double.isNaN(figure) ? 0 : figure;
	}

	private static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A firm assumed to land in the corridor: its segments, the zones that would contain
	 * it and its figures for the year.
	 */
	record Landing(String code, String name, int[] segments, int[] zones, double revenue, double rdSpending,
			int employees, boolean demo) {
	}

	/** The running sums of one pass. */
	private static final class Sums {

		final int[] firms;

		final double[] revenue;

		final double[] rdSpending;

		final long[] employees;

		final double[] revenueSquares;

		final double[] topRevenue;

		final String[] topFirm;

		final String[] topFirmName;

		final int[] leaders;

		final double[] hostRevenue;

		final double[] previousRevenue;

		final double[] corridorRevenue;

		/** A landed firm's revenue: new to the segment, so no part of its growth. */
		final double[] landedRevenue;

		final boolean[] segmentDemo;

		final int[] chainFirms;

		final double[] chainRevenue;

		final long[] chainEmployees;

		final double[] chainPreviousRevenue;

		final double[] chainLandedRevenue;

		/** Firms tagged on the chain, with figures, yet in none of its segments. */
		final int[] chainUnplaced;

		final int[] lastPreviousFirmOnChain;

		double totalRevenue;

		long totalEmployees;

		boolean demo;

		Sums(int segments, int chains) {
			this.firms = new int[segments];
			this.revenue = new double[segments];
			this.rdSpending = new double[segments];
			this.employees = new long[segments];
			this.revenueSquares = new double[segments];
			this.topRevenue = new double[segments];
			this.topFirm = new String[segments];
			this.topFirmName = new String[segments];
			this.leaders = new int[segments];
			this.hostRevenue = new double[segments];
			this.previousRevenue = new double[segments];
			this.corridorRevenue = new double[segments];
			this.landedRevenue = new double[segments];
			this.segmentDemo = new boolean[segments];
			this.chainFirms = new int[chains];
			this.chainRevenue = new double[chains];
			this.chainEmployees = new long[chains];
			this.chainPreviousRevenue = new double[chains];
			this.chainLandedRevenue = new double[chains];
			this.chainUnplaced = new int[chains];
			this.lastPreviousFirmOnChain = new int[chains];
			Arrays.fill(this.lastPreviousFirmOnChain, -1);
		}

		void add(ChainModel model, ChainCube cube, int f, int y, double revenue, LocalDate end, int[] lastFirmOnChain) {
			double rd = value(cube.rdSpending[y][f]);
			int staff = Math.max(0, cube.employees[y][f]);
			boolean isDemo = cube.demo[f] || cube.demoYear[y][f];
			boolean leader = cube.leaderOn(f, end);
			this.totalRevenue += revenue;
			this.totalEmployees += staff;
			for (int i = cube.segmentStart[f]; i < cube.segmentStart[f + 1]; i++) {
				int s = cube.segmentIds[i];
				segment(s, cube.uscc[f], cube.names[f], revenue, rd, staff, leader, isDemo);
				ChainModel.Chain chain = model.chains.get(model.segments.get(s).chain());
				if (inAny(cube, f, chain.hostZones())) {
					this.hostRevenue[s] += revenue;
				}
				int c = chain.index();
				if (lastFirmOnChain[c] != f) {
					lastFirmOnChain[c] = f;
					this.chainFirms[c]++;
					this.chainRevenue[c] += revenue;
					this.chainEmployees[c] += staff;
				}
			}
		}

		void addPreviousChains(ChainModel model, ChainCube cube, int f, double revenue) {
			for (int i = cube.segmentStart[f]; i < cube.segmentStart[f + 1]; i++) {
				int c = model.segments.get(cube.segmentIds[i]).chain();
				if (this.lastPreviousFirmOnChain[c] != f) {
					this.lastPreviousFirmOnChain[c] = f;
					this.chainPreviousRevenue[c] += revenue;
				}
			}
		}

		void addLanding(ChainModel model, Landing landing) {
			this.totalRevenue += landing.revenue();
			this.totalEmployees += Math.max(0, landing.employees());
			boolean[] chainSeen = new boolean[this.chainFirms.length];
			for (int s : landing.segments()) {
				segment(s, landing.code(), landing.name(), landing.revenue(), landing.rdSpending(),
						Math.max(0, landing.employees()), false, landing.demo());
				this.corridorRevenue[s] += landing.revenue();
				this.landedRevenue[s] += landing.revenue();
				ChainModel.Chain chain = model.chains.get(model.segments.get(s).chain());
				for (int host : chain.hostZones()) {
					if (contains(landing.zones(), host)) {
						this.hostRevenue[s] += landing.revenue();
						break;
					}
				}
				if (!chainSeen[chain.index()]) {
					chainSeen[chain.index()] = true;
					this.chainFirms[chain.index()]++;
					this.chainRevenue[chain.index()] += landing.revenue();
					this.chainLandedRevenue[chain.index()] += landing.revenue();
					this.chainEmployees[chain.index()] += Math.max(0, landing.employees());
				}
			}
		}

		private void segment(int s, String code, String name, double revenue, double rd, int staff, boolean leader,
				boolean isDemo) {
			this.firms[s]++;
			this.revenue[s] += revenue;
			this.rdSpending[s] += rd;
			this.employees[s] += staff;
			this.revenueSquares[s] += revenue * revenue;
			if (revenue > this.topRevenue[s] || this.topFirm[s] == null) {
				this.topRevenue[s] = revenue;
				this.topFirm[s] = code;
				this.topFirmName[s] = name;
			}
			this.leaders[s] += leader ? 1 : 0;
			this.segmentDemo[s] |= isDemo;
			this.demo |= isDemo;
		}

		private static boolean inAny(ChainCube cube, int f, int[] zones) {
			for (int zone : zones) {
				if (cube.inZone(f, zone)) {
					return true;
				}
			}
			return false;
		}

	}

}
