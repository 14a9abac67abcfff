package org.corridor.observatory.compositeindex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corridor.observatory.compositeindex.IndexDefinition.Component;
import org.corridor.observatory.compositeindex.IndexDefinition.Pillar;
import org.corridor.observatory.compositeindex.IndexResult.IndicatorScore;
import org.corridor.observatory.compositeindex.IndexResult.PillarScore;
import org.corridor.observatory.compositeindex.IndexResult.YearRanking;
import org.corridor.observatory.compositeindex.IndexResult.ZoneScore;

/**
 * Computes an index on a table of figures: each indicator normalised over all zones and
 * years together, aggregated into its pillar, the pillars into the index, weights
 * rescaled over what is present ({@link MissingRule}); then the zones ranked year by year
 * (1 the highest; equal scores share the better rank).
 */
public final class IndexCalculator {

	private static final double TIE = 1e-9;

	private IndexCalculator() {
	}

	/** The index with the definition's own choices. */
	public static IndexResult compute(IndexDefinition definition, FigureTable table) {
		return compute(definition, table, definition.normalisation(), definition.aggregation(), definition.missing());
	}

	public static IndexResult compute(IndexDefinition definition, FigureTable table, Normalisation normalisation,
			Aggregation aggregation, MissingRule missing) {
		Normalised normalised = Normalised.of(definition, table, normalisation, missing);
		Layout layout = Layout.of(definition);
		List<Component> components = definition.components();
		List<YearRanking> years = new ArrayList<>();
		for (int t = 0; t < table.yearCount(); t++) {
			double[] scores = new double[table.zones().size()];
			List<ZoneScore> zones = new ArrayList<>();
			for (int z = 0; z < table.zones().size(); z++) {
				double[] pillarScores = new double[definition.pillars().size()];
				scores[z] = score(normalised, z, t, layout, layout.indicatorWeights, layout.pillarWeights, aggregation,
						missing, pillarScores);
				double pillarTotal = 0;
				for (int p = 0; p < pillarScores.length; p++) {
					if (!Double.isNaN(pillarScores[p])) {
						pillarTotal += layout.pillarWeights[p];
					}
				}
				List<PillarScore> pillars = new ArrayList<>();
				for (int p = 0; p < definition.pillars().size(); p++) {
					Pillar pillar = definition.pillars().get(p);
					double indicatorTotal = 0;
					for (int i = layout.first[p]; i < layout.first[p + 1]; i++) {
						if (normalised.present[i] && !Double.isNaN(normalised.scores[z][t][i])) {
							indicatorTotal += layout.indicatorWeights[i];
						}
					}
					List<IndicatorScore> indicators = new ArrayList<>();
					for (int i = layout.first[p]; i < layout.first[p + 1]; i++) {
						Component component = components.get(i);
						double s = normalised.scores[z][t][i];
						boolean counted = normalised.present[i] && !Double.isNaN(s) && !Double.isNaN(scores[z]);
						indicators.add(new IndicatorScore(component.indicator(), component.name(), component.weight(),
								counted ? layout.indicatorWeights[i] / indicatorTotal : 0, number(table.value(z, t, i)),
								number(s)));
					}
					boolean counted = !Double.isNaN(pillarScores[p]) && !Double.isNaN(scores[z]);
					double effective = counted ? layout.pillarWeights[p] / pillarTotal : 0;
					Double contribution = (counted && aggregation == Aggregation.ARITHMETIC)
							? effective * pillarScores[p] : null;
					pillars.add(new PillarScore(pillar.code(), pillar.name(), pillar.weight(), effective,
							number(pillarScores[p]), contribution, indicators));
				}
				FigureTable.TableZone zone = table.zones().get(z);
				zones.add(new ZoneScore(zone.code(), zone.name(), zone.peer(), number(scores[z]), null, pillars));
			}
			int[] ranks = rank(scores);
			List<ZoneScore> ranked = new ArrayList<>();
			for (int z = 0; z < zones.size(); z++) {
				ZoneScore zone = zones.get(z);
				ranked.add(new ZoneScore(zone.zone(), zone.name(), zone.peer(), zone.score(),
						(ranks[z] > 0) ? ranks[z] : null, zone.pillars()));
			}
			ranked.sort(Comparator.comparing((ZoneScore s) -> (s.rank() != null) ? s.rank() : Integer.MAX_VALUE));
			years.add(new YearRanking(table.year(t), ranked));
		}
		List<String> leftOut = new ArrayList<>();
		for (int i = 0; i < components.size(); i++) {
			if (!normalised.present[i]) {
				leftOut.add(components.get(i).indicator());
			}
		}
		return new IndexResult(definition.code(), definition.name(), definition.example(), normalisation, aggregation,
				missing, table.demo(), leftOut, years);
	}

	/**
	 * One zone's score in one year, NaN when it is not scored; {@code pillarScores} (if
	 * given) receives each pillar's score, NaN where a pillar has none.
	 */
	static double score(Normalised normalised, int z, int t, Layout layout, double[] indicatorWeights,
			double[] pillarWeights, Aggregation aggregation, MissingRule missing, double[] pillarScores) {
		double[] scores = normalised.scores[z][t];
		double c = normalised.shift;
		double total = 0;
		double weightTotal = 0;
		for (int p = 0; p < pillarWeights.length; p++) {
			double sum = 0;
			double weights = 0;
			for (int i = layout.first[p]; i < layout.first[p + 1]; i++) {
				if (!normalised.present[i]) {
					continue;
				}
				double s = scores[i];
				if (Double.isNaN(s)) {
					if (missing == MissingRule.SKIP) {
						if (pillarScores != null) {
							java.util.Arrays.fill(pillarScores, Double.NaN);
						}
						return Double.NaN;
					}
					continue;
				}
				double w = indicatorWeights[i];
				sum += (aggregation == Aggregation.ARITHMETIC) ? w * s : w * Math.log(s + c);
				weights += w;
			}
			double pillar = Double.NaN;
			if (weights > 0) {
				pillar = (aggregation == Aggregation.ARITHMETIC) ? sum / weights : Math.exp(sum / weights) - c;
				double w = pillarWeights[p];
				total += (aggregation == Aggregation.ARITHMETIC) ? w * pillar : w * Math.log(pillar + c);
				weightTotal += w;
			}
			if (pillarScores != null) {
				pillarScores[p] = pillar;
			}
		}
		if (weightTotal <= 0) {
			return Double.NaN;
		}
		return (aggregation == Aggregation.ARITHMETIC) ? total / weightTotal : Math.exp(total / weightTotal) - c;
	}

	/**
	 * Competition ranks, 1 the highest score; 0 for a zone not scored. Equal scores
	 * (within 1e-9) share the better rank.
	 */
	static int[] rank(double[] scores) {
		int[] ranks = new int[scores.length];
		for (int z = 0; z < scores.length; z++) {
			if (Double.isNaN(scores[z])) {
				continue;
			}
			int above = 0;
			for (double other : scores) {
				if (!Double.isNaN(other) && other > scores[z] + TIE) {
					above++;
				}
			}
			ranks[z] = above + 1;
		}
		return ranks;
	}

	private static Double number(double value) {
		return Double.isNaN(value) ? null : value;
	}

	/** Where each pillar's indicators start in the flat list, and the nominal weights. */
	static final class Layout {

		final int[] first;

		final double[] indicatorWeights;

		final double[] pillarWeights;

		private Layout(int[] first, double[] indicatorWeights, double[] pillarWeights) {
			this.first = first;
			this.indicatorWeights = indicatorWeights;
			this.pillarWeights = pillarWeights;
		}

		static Layout of(IndexDefinition definition) {
			List<Pillar> pillars = definition.pillars();
			int[] first = new int[pillars.size() + 1];
			List<Double> weights = new ArrayList<>();
			double[] pillarWeights = new double[pillars.size()];
			for (int p = 0; p < pillars.size(); p++) {
				first[p] = weights.size();
				pillarWeights[p] = pillars.get(p).weight();
				pillars.get(p).components().forEach((component) -> weights.add(component.weight()));
			}
			first[pillars.size()] = weights.size();
			return new Layout(first, weights.stream().mapToDouble(Double::doubleValue).toArray(), pillarWeights);
		}

	}

}
