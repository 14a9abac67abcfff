package org.corridor.observatory.compositeindex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import org.corridor.observatory.compositeindex.IndexCalculator.Layout;
import org.corridor.observatory.compositeindex.IndexDefinition.Pillar;
import org.corridor.observatory.compositeindex.SensitivityResult.Effect;
import org.corridor.observatory.compositeindex.SensitivityResult.ZoneRanks;

/**
 * How far the ranks of one year hold when the index's choices change (敏感性分析): each draw
 * takes a normalisation and an aggregation at random (equally likely) and weights drawn
 * from a Dirichlet distribution centred on the defined ones (pillar weights, and the
 * weights within each pillar of more than one indicator; the concentration κ: larger is
 * closer to the defined weights), and ranks the zones. Each zone's rank is given as a
 * distribution (median, 5th and 95th percentile) and each choice's effect on it: the
 * spread of its mean rank between a normalisation's or an aggregation's options, and
 * between draws with a pillar's weight above and below the defined one. A run is
 * reproducible from its seed (Well19937c generator, Commons Math).
 */
public final class SensitivityAnalysis {

	/** The concentration used when none is asked for. */
	public static final double DEFAULT_CONCENTRATION = 20;

	private SensitivityAnalysis() {
	}

	public static SensitivityResult run(IndexDefinition definition, FigureTable table, int year, int draws, long seed,
			double concentration) {
		int t = table.indexOfYear(year);
		if (t < 0) {
			throw new IllegalArgumentException("指数没有" + year + "年的数据 / the index has no figures for " + year);
		}
		if (draws < 1 || concentration <= 0) {
			throw new IllegalArgumentException("draws and concentration must be positive");
		}
		Layout layout = Layout.of(definition);
		MissingRule missing = definition.missing();
		Map<Normalisation, Normalised> normalised = new EnumMap<>(Normalisation.class);
		for (Normalisation normalisation : Normalisation.values()) {
			normalised.put(normalisation, Normalised.of(definition, table, normalisation, missing));
		}
		List<Normalisation> normalisations = List.of(Normalisation.values());
		List<Aggregation> aggregations = List.of(Aggregation.values());
		int zones = table.zones().size();
		int pillars = definition.pillars().size();
		RandomGenerator random = new Well19937c(seed);
		GammaDistribution[] pillarGammas = gammas(random, layout.pillarWeights, 0, pillars, concentration);
		GammaDistribution[] indicatorGammas = new GammaDistribution[layout.indicatorWeights.length];
		for (int p = 0; p < pillars; p++) {
			if (layout.first[p + 1] - layout.first[p] > 1) {
				GammaDistribution[] within = gammas(random, layout.indicatorWeights, layout.first[p],
						layout.first[p + 1], concentration);
				System.arraycopy(within, 0, indicatorGammas, layout.first[p], within.length);
			}
		}
		double[][] ranks = new double[zones][draws];
		int[] normalisationOf = new int[draws];
		int[] aggregationOf = new int[draws];
		boolean[][] pillarAbove = new boolean[pillars][draws];
		double[] pillarWeights = new double[pillars];
		double[] indicatorWeights = layout.indicatorWeights.clone();
		double[] scores = new double[zones];
		for (int d = 0; d < draws; d++) {
			normalisationOf[d] = random.nextInt(normalisations.size());
			aggregationOf[d] = random.nextInt(aggregations.size());
			dirichlet(pillarGammas, layout.pillarWeights, 0, pillars, pillarWeights);
			for (int p = 0; p < pillars; p++) {
				pillarAbove[p][d] = pillarWeights[p] > layout.pillarWeights[p];
				if (layout.first[p + 1] - layout.first[p] > 1) {
					dirichlet(indicatorGammas, layout.indicatorWeights, layout.first[p], layout.first[p + 1],
							indicatorWeights);
				}
			}
			Normalised n = normalised.get(normalisations.get(normalisationOf[d]));
			Aggregation aggregation = aggregations.get(aggregationOf[d]);
			for (int z = 0; z < zones; z++) {
				scores[z] = IndexCalculator.score(n, z, t, layout, indicatorWeights, pillarWeights, aggregation,
						missing, null);
			}
			int[] drawn = IndexCalculator.rank(scores);
			for (int z = 0; z < zones; z++) {
				ranks[z][d] = (drawn[z] > 0) ? drawn[z] : Double.NaN;
			}
		}
		IndexResult nominal = IndexCalculator.compute(definition, table);
		List<ZoneRanks> result = new ArrayList<>();
		for (int z = 0; z < zones; z++) {
			FigureTable.TableZone zone = table.zones().get(z);
			double[] scored = java.util.Arrays.stream(ranks[z]).filter((r) -> !Double.isNaN(r)).toArray();
			Integer rank = nominal.ranking(year)
				.zones()
				.stream()
				.filter((s) -> s.zone().equals(zone.code()))
				.findFirst()
				.map(IndexResult.ZoneScore::rank)
				.orElse(null);
			if (scored.length == 0) {
				result
					.add(new ZoneRanks(zone.code(), zone.name(), zone.peer(), rank, null, null, null, 0, 0, List.of()));
				continue;
			}
			Percentile percentile = new Percentile();
			percentile.setData(scored);
			int first = (int) java.util.Arrays.stream(scored).filter((r) -> r == 1).count();
			List<Effect> effects = new ArrayList<>();
			effects.add(levels("normalisation", null, ranks[z], normalisationOf, normalisations.size()));
			effects.add(levels("aggregation", null, ranks[z], aggregationOf, aggregations.size()));
			for (int p = 0; p < pillars; p++) {
				Pillar pillar = definition.pillars().get(p);
				if (!scoredAnywhere(normalised.get(Normalisation.MIN_MAX), layout, p)) {
					continue;
				}
				int[] side = new int[draws];
				for (int d = 0; d < draws; d++) {
					side[d] = pillarAbove[p][d] ? 1 : 0;
				}
				Effect effect = levels("weight", pillar.code(), ranks[z], side, 2);
				effects.add(new Effect(effect.choice(), pillar.code(), pillar.name(), effect.spread()));
			}
			effects.sort(Comparator.comparingDouble(Effect::spread).reversed());
			result.add(new ZoneRanks(zone.code(), zone.name(), zone.peer(), rank, percentile.evaluate(50),
					percentile.evaluate(5), percentile.evaluate(95), scored.length, (double) first / scored.length,
					effects));
		}
		result.sort(Comparator.comparing((ZoneRanks r) -> (r.median() != null) ? r.median() : Double.MAX_VALUE)
			.thenComparing((r) -> (r.rank() != null) ? r.rank() : Integer.MAX_VALUE));
		return new SensitivityResult(definition.code(), definition.name(), definition.example(), year, draws, seed,
				concentration, table.demo(), result);
	}

	/**
	 * The spread of a zone's mean rank between the options of one choice (max − min of
	 * the means of the options drawn).
	 */
	private static Effect levels(String choice, String pillar, double[] ranks, int[] option, int options) {
		double[] sums = new double[options];
		int[] counts = new int[options];
		for (int d = 0; d < ranks.length; d++) {
			if (!Double.isNaN(ranks[d])) {
				sums[option[d]] += ranks[d];
				counts[option[d]]++;
			}
		}
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int o = 0; o < options; o++) {
			if (counts[o] > 0) {
				double mean = sums[o] / counts[o];
				min = Math.min(min, mean);
				max = Math.max(max, mean);
			}
		}
		return new Effect(choice, pillar, null, (max >= min) ? max - min : 0);
	}

	/** Whether any indicator of a pillar has a figure, so its weight can matter. */
	private static boolean scoredAnywhere(Normalised normalised, Layout layout, int pillar) {
		for (int i = layout.first[pillar]; i < layout.first[pillar + 1]; i++) {
			if (normalised.present[i]) {
				return true;
			}
		}
		return false;
	}

	private static GammaDistribution[] gammas(RandomGenerator random, double[] weights, int from, int to,
			double concentration) {
		double total = 0;
		for (int i = from; i < to; i++) {
			total += weights[i];
		}
		GammaDistribution[] gammas = new GammaDistribution[to - from];
		for (int i = from; i < to; i++) {
			double mean = (total > 0) ? weights[i] / total : 1.0 / (to - from);
			gammas[i - from] = new GammaDistribution(random, Math.max(mean * concentration, 1e-3), 1);
		}
		return gammas;
	}

	/**
	 * A Dirichlet draw into {@code out[from..to)}: independent gamma variates, each of
	 * shape κ·wᵢ ({@code gammas} indexed as {@code weights}), divided by their sum.
	 */
	private static void dirichlet(GammaDistribution[] gammas, double[] weights, int from, int to, double[] out) {
		double total = 0;
		for (int i = from; i < to; i++) {
			double g = gammas[i].sample();
			out[i] = g;
			total += g;
		}
		for (int i = from; i < to; i++) {
			out[i] = (total > 0) ? out[i] / total : weights[i];
		}
	}

}
