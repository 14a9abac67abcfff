package org.corridor.observatory.compositeindex;

import java.util.List;

import org.corridor.observatory.plan.LocalizedText;

/**
 * A sensitivity run's ranks (敏感性分析结果).
 *
 * @param index the index code
 * @param name its name
 * @param example whether the definition is an example (示例)
 * @param year the year ranked
 * @param draws the number of draws
 * @param seed the seed that reproduces the run
 * @param concentration the Dirichlet concentration κ of the weights
 * @param demo whether any figure used is demo data
 * @param zones each zone's ranks, by median rank
 */
public record SensitivityResult(String index, LocalizedText name, boolean example, int year, int draws, long seed,
		double concentration, boolean demo, List<ZoneRanks> zones) {

	/**
	 * @param zone the zone code
	 * @param name its name
	 * @param peer whether it lies outside the corridor
	 * @param rank its rank under the defined choices, or null
	 * @param median the median rank over the draws, or null when never scored
	 * @param p5 the 5th percentile of the ranks
	 * @param p95 the 95th percentile of the ranks
	 * @param scored the number of draws in which it was scored
	 * @param firstShare the share of those draws in which it ranked first
	 * @param effects each choice's effect on its rank, largest first
	 */
	public record ZoneRanks(String zone, LocalizedText name, boolean peer, Integer rank, Double median, Double p5,
			Double p95, int scored, double firstShare, List<Effect> effects) {
	}

	/**
	 * How much one choice moves a zone's rank: the spread of its mean rank between the
	 * choice's options.
	 *
	 * @param choice {@code normalisation}, {@code aggregation} or {@code weight}
	 * @param pillar the pillar whose weight, for {@code weight}
	 * @param pillarName the pillar's name, for {@code weight}
	 * @param spread the spread in ranks
	 */
	public record Effect(String choice, String pillar, LocalizedText pillarName, double spread) {
	}

}
