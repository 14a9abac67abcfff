package org.corridor.observatory.chain;

import java.util.List;

import org.corridor.observatory.plan.LocalizedText;

/**
 * Chains × zones in one year: how many of each chain's firms and how much of its revenue
 * each zone holds, and that revenue as a share of the chain's in the whole corridor.
 *
 * @param year the year
 * @param zones the zones, as columns
 * @param rows one row per chain
 * @param demo whether any firm counted is demo data
 */
public record ChainMatrix(int year, List<Column> zones, List<Row> rows, boolean demo) {

	/**
	 * A zone column.
	 *
	 * @param code the zone's code
	 * @param name its name
	 * @param level its level
	 */
	public record Column(String code, LocalizedText name, String level) {
	}

	/**
	 * A chain row.
	 *
	 * @param chain the chain's code
	 * @param name its name
	 * @param firms the firms on it in the whole corridor
	 * @param revenue their revenue
	 * @param cells one per zone, in the order of the columns
	 */
	public record Row(String chain, LocalizedText name, int firms, double revenue, List<Cell> cells) {
	}

	/**
	 * One chain in one zone.
	 *
	 * @param firms its firms there
	 * @param revenue their revenue
	 * @param share that revenue over the chain's in the corridor, or null when it has
	 * none
	 * @param host whether the plan hosts the chain in the zone
	 */
	public record Cell(int firms, double revenue, Double share, boolean host) {
	}

}
