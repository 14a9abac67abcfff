package org.corridor.observatory.compositeindex;

/**
 * A table's figures as scores under one normalisation and missing-data rule: by zone,
 * year and indicator, NaN where there is none; which indicators have any score at all;
 * and the shift c that makes every score at least 1 for geometric aggregation.
 */
final class Normalised {

	final double[][][] scores;

	final boolean[] present;

	final double shift;

	private Normalised(double[][][] scores, boolean[] present, double shift) {
		this.scores = scores;
		this.present = present;
		this.shift = shift;
	}

	static Normalised of(IndexDefinition definition, FigureTable table, Normalisation normalisation,
			MissingRule missing) {
		var components = definition.components();
		int zones = table.zones().size();
		int years = table.yearCount();
		double[][][] scores = new double[zones][years][components.size()];
		boolean[] present = new boolean[components.size()];
		double lowestOfAll = 0;
		for (int i = 0; i < components.size(); i++) {
			boolean lower = components.get(i).direction() == org.corridor.observatory.plan.Direction.LOWER;
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			double sum = 0;
			int n = 0;
			for (int z = 0; z < zones; z++) {
				for (int t = 0; t < years; t++) {
					double x = table.value(z, t, i);
					if (!Double.isNaN(x)) {
						min = Math.min(min, x);
						max = Math.max(max, x);
						sum += x;
						n++;
					}
				}
			}
			double mean = (n > 0) ? sum / n : Double.NaN;
			double squares = 0;
			for (int z = 0; z < zones; z++) {
				for (int t = 0; t < years; t++) {
					double x = table.value(z, t, i);
					if (!Double.isNaN(x)) {
						squares += (x - mean) * (x - mean);
					}
				}
			}
			double sd = (n > 0) ? Math.sqrt(squares / n) : Double.NaN;
			double lowest = Double.POSITIVE_INFINITY;
			for (int z = 0; z < zones; z++) {
				for (int t = 0; t < years; t++) {
					double x = table.value(z, t, i);
					double s = Double.isNaN(x) ? Double.NaN : switch (normalisation) {
						case MIN_MAX -> (max == min) ? 100 : 100 * (lower ? max - x : x - min) / (max - min);
						case Z_SCORE -> (sd == 0) ? 0 : (lower ? mean - x : x - mean) / sd;
						case DISTANCE_TO_TARGET -> toTarget(x, table.target(z, i), lower);
					};
					scores[z][t][i] = s;
					if (!Double.isNaN(s)) {
						present[i] = true;
						lowest = Math.min(lowest, s);
					}
				}
			}
			if (present[i]) {
				lowestOfAll = Math.min(lowestOfAll, lowest);
				if (missing == MissingRule.LOWEST) {
					for (int z = 0; z < zones; z++) {
						for (int t = 0; t < years; t++) {
							if (Double.isNaN(scores[z][t][i])) {
								scores[z][t][i] = lowest;
							}
						}
					}
				}
			}
		}
		return new Normalised(scores, present, 1 - lowestOfAll);
	}

	private static double toTarget(double x, double target, boolean lower) {
		if (Double.isNaN(target) || target <= 0) {
			return Double.NaN;
		}
		if (lower) {
			return (x <= 0) ? 100 : 100 * Math.min(target / x, 1);
		}
		return 100 * Math.min(Math.max(x, 0) / target, 1);
	}

}
