package org.corridor.observatory.registry.enterprise;

import java.util.List;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.Uscc;

/**
 * One accepted row of an enterprise file: a firm, and its figures for one year when the
 * row has any. A firm may take several rows, one per year, all with the same credit code;
 * the reader has checked that they agree on the firm's name and industry.
 *
 * @param uscc the firm's unified social credit code, the registry's key
 * @param name the name as written in the file
 * @param nameKey {@link ChineseNames#key} of the name, equal for Simplified and
 * Traditional spellings
 * @param industry the firm's class (小类) of GB/T 4754-2017
 * @param chains codes of the industrial chains the firm belongs to, possibly none
 * @param segments codes of the chain segments the firm belongs to, possibly none
 * @param location the position in WGS84, or null when the row gives none
 * @param inputCrs the coordinate system the position was given in, or null
 * @param inputLon the longitude as given, or null
 * @param inputLat the latitude as given, or null
 * @param tiers the cultivation tiers the firm gained, and lost, possibly none
 * @param figures the year's figures, or null when the row gives no year
 * @param row the row's number in the file, as a spreadsheet shows it
 */
public record EnterpriseRow(Uscc uscc, String name, String nameKey, IndustryCode industry, List<String> chains,
		List<String> segments, LonLat location, Crs inputCrs, Double inputLon, Double inputLat, List<TierEvent> tiers,
		EnterpriseFigures figures, int row) {

	public EnterpriseRow {
		chains = List.copyOf(chains);
		segments = List.copyOf(segments);
		tiers = List.copyOf(tiers);
		if ((location == null) != (inputCrs == null)) {
			throw new IllegalArgumentException("a location needs the coordinate system it was given in");
		}
	}

	public boolean hasLocation() {
		return this.location != null;
	}

}
