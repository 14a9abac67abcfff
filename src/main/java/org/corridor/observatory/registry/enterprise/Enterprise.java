package org.corridor.observatory.registry.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;

/**
 * One firm as the registry stores it: the rows of a file for one credit code folded
 * together. Chains, segments and tiers are the union of the rows'; the position is the
 * last row's that gives one.
 *
 * @param uscc the credit code
 * @param name the registered name, as the last row writes it
 * @param nameKey {@link ChineseNames#key} of the name
 * @param industryCode the GB/T 4754-2017 class with its section letter (I6513)
 * @param chains chain codes
 * @param segments segment codes
 * @param location the WGS84 position, or null
 * @param inputCrs the system the position was given in, or null
 * @param inputLon the longitude as given, or null
 * @param inputLat the latitude as given, or null
 * @param zones codes of the zones containing the position
 * @param tiers tier entries; none means the file said nothing about tiers
 * @param years the yearly figures
 */
public record Enterprise(String uscc, String name, String nameKey, String industryCode, List<String> chains,
		List<String> segments, LonLat location, Crs inputCrs, Double inputLon, Double inputLat, List<String> zones,
		List<TierEvent> tiers, List<EnterpriseFigures> years) {

	/** Folds rows into firms, in the order each credit code first appears. */
	public static List<Enterprise> fold(List<EnterpriseRow> rows) {
		Map<String, List<EnterpriseRow>> byCode = new LinkedHashMap<>();
		for (EnterpriseRow row : rows) {
			byCode.computeIfAbsent(row.uscc().value(), (code) -> new ArrayList<>(2)).add(row);
		}
		List<Enterprise> firms = new ArrayList<>(byCode.size());
		byCode.forEach((code, firmRows) -> firms.add(fold(code, firmRows)));
		return firms;
	}

	private static Enterprise fold(String code, List<EnterpriseRow> rows) {
		EnterpriseRow last = rows.get(rows.size() - 1);
		if (rows.size() == 1) {
			return of(last, last, last.chains(), last.segments(), last.tiers(),
					(last.figures() != null) ? List.of(last.figures()) : List.of());
		}
		List<String> chains = new ArrayList<>();
		List<String> segments = new ArrayList<>();
		Map<String, TierEvent> tiers = new LinkedHashMap<>();
		List<EnterpriseFigures> years = new ArrayList<>(rows.size());
		EnterpriseRow located = null;
		for (EnterpriseRow row : rows) {
			row.chains().stream().filter((c) -> !chains.contains(c)).forEach(chains::add);
			row.segments().stream().filter((s) -> !segments.contains(s)).forEach(segments::add);
			// Same tier and day gained is one entry, the stored key; the later row wins.
			row.tiers().forEach((tier) -> tiers.put(tier.tier() + "|" + tier.gained(), tier));
			if (row.figures() != null) {
				years.add(row.figures());
			}
			if (row.hasLocation()) {
				located = row;
			}
		}
		return of(last, located, chains, segments, List.copyOf(tiers.values()), years);
	}

	private static Enterprise of(EnterpriseRow named, EnterpriseRow located, List<String> chains, List<String> segments,
			List<TierEvent> tiers, List<EnterpriseFigures> years) {
		boolean at = located != null && located.hasLocation();
		return new Enterprise(named.uscc().value(), named.name(), named.nameKey(), named.industry().qualified(), chains,
				segments, at ? located.location() : null, at ? located.inputCrs() : null,
				at ? located.inputLon() : null, at ? located.inputLat() : null, List.of(), tiers, years);
	}

	public boolean hasLocation() {
		return this.location != null;
	}

	/** The firm without a position. */
	public Enterprise unlocated() {
		return new Enterprise(this.uscc, this.name, this.nameKey, this.industryCode, this.chains, this.segments, null,
				null, null, null, List.of(), this.tiers, this.years);
	}

	public Enterprise withZones(List<String> assigned) {
		return new Enterprise(this.uscc, this.name, this.nameKey, this.industryCode, this.chains, this.segments,
				this.location, this.inputCrs, this.inputLon, this.inputLat, assigned, this.tiers, this.years);
	}

}
