package org.corridor.observatory.compositeindex;

import java.util.List;

import org.corridor.observatory.plan.LocalizedText;

/**
 * An index's scores and ranks per year, each score decomposed into its pillars and
 * indicators.
 *
 * @param index the index code
 * @param name the index's name
 * @param example whether the definition is an example (示例)
 * @param normalisation the normalisation used
 * @param aggregation the aggregation used
 * @param missing the missing-data rule used
 * @param demo whether any figure used is demo data
 * @param leftOut the indicators left out for lack of any figure (or target)
 * @param years the rankings, year by year
 */
public record IndexResult(String index, LocalizedText name, boolean example, Normalisation normalisation,
		Aggregation aggregation, MissingRule missing, boolean demo, List<String> leftOut, List<YearRanking> years) {

	/** The ranking of a year, or the latest year with any score when null. */
	public YearRanking ranking(Integer year) {
		if (year != null) {
			return this.years.stream()
				.filter((ranking) -> ranking.year() == year)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"指数没有" + year + "年的数据 / the index has no figures for " + year));
		}
		for (int i = this.years.size() - 1; i >= 0; i--) {
			if (this.years.get(i).zones().stream().anyMatch((zone) -> zone.score() != null)) {
				return this.years.get(i);
			}
		}
		return this.years.isEmpty() ? new YearRanking(0, List.of()) : this.years.get(this.years.size() - 1);
	}

	/**
	 * @param year the year
	 * @param zones the zones, ranked first, those not scored last
	 */
	public record YearRanking(int year, List<ZoneScore> zones) {
	}

	/**
	 * @param zone the zone code
	 * @param name the zone's name
	 * @param peer whether it lies outside the corridor (对标区域)
	 * @param score the score, or null when not scored
	 * @param rank the rank, 1 the highest, or null when not scored
	 * @param pillars the score's decomposition
	 */
	public record ZoneScore(String zone, LocalizedText name, boolean peer, Double score, Integer rank,
			List<PillarScore> pillars) {
	}

	/**
	 * @param pillar the pillar code
	 * @param name the name
	 * @param weight the defined weight
	 * @param effectiveWeight the weight it had in this score (rescaled over the pillars
	 * present), 0 when left out
	 * @param score its score, or null
	 * @param contribution weight × score, the part of an arithmetic score it makes up;
	 * null for a geometric one or when left out
	 * @param indicators its indicators
	 */
	public record PillarScore(String pillar, LocalizedText name, double weight, double effectiveWeight, Double score,
			Double contribution, List<IndicatorScore> indicators) {
	}

	/**
	 * @param indicator the plan's indicator code
	 * @param name its name
	 * @param weight the defined weight in its pillar
	 * @param effectiveWeight the weight it had in this pillar score, 0 when left out
	 * @param value the figure, or null
	 * @param score the normalised score, or null
	 */
	public record IndicatorScore(String indicator, LocalizedText name, double weight, double effectiveWeight,
			Double value, Double score) {
	}

}
