package org.corridor.observatory.registry.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.registry.IndustryCode;

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
		Map<String, Folding> byCode = new LinkedHashMap<>();
		for (EnterpriseRow row : rows) {
			byCode.computeIfAbsent(row.uscc().value(), (code) -> new Folding()).add(row, true);
		}
		List<Enterprise> firms = new ArrayList<>(byCode.size());
		byCode.values().forEach((folding) -> firms.add(folding.firm()));
		return firms;
	}

	/**
	 * One firm's rows folded as they come, keeping what the firm needs, not the rows: a
	 * reader folds a million-row file without holding its rows.
	 */
	static final class Folding {

		private String uscc;

		private String name;

		private String nameKey;

		private IndustryCode industry;

		private List<String> chains = List.of();

		private List<String> segments = List.of();

		private LonLat location;

		private Crs inputCrs;

		private Double inputLon;

		private Double inputLat;

		/**
		 * The first row's tiers, until a second row's come: then by tier and day gained.
		 */
		private List<TierEvent> firstTiers = List.of();

		private Map<String, TierEvent> tiers;

		private List<EnterpriseFigures> years = List.of();

		/**
		 * Adds the next row of the firm.
		 * @param figures whether to keep the row's figures (false when they are stored
		 * already)
		 */
		void add(EnterpriseRow row, boolean figures) {
			boolean first = this.uscc == null;
			// A later row's equal texts are not kept beside the first's: a million-row
			// file
			// would hold every firm's code and name twice.
			if (first) {
				this.uscc = row.uscc().value();
			}
			if (!row.name().equals(this.name)) {
				this.name = row.name();
			}
			if (!row.nameKey().equals(this.nameKey)) {
				this.nameKey = row.nameKey();
			}
			this.industry = row.industry();
			this.chains = union(this.chains, row.chains());
			this.segments = union(this.segments, row.segments());
			if (row.hasLocation()) {
				this.location = row.location();
				this.inputCrs = row.inputCrs();
				this.inputLon = row.inputLon();
				this.inputLat = row.inputLat();
			}
			if (first) {
				this.firstTiers = row.tiers();
			}
			else if (this.tiers != null || !this.firstTiers.isEmpty() || !row.tiers().isEmpty()) {
				if (this.tiers == null) {
					this.tiers = new LinkedHashMap<>();
					this.firstTiers.forEach(this::putTier);
				}
				// Same tier and day gained is one entry, the stored key; the later row
				// wins.
				row.tiers().forEach(this::putTier);
			}
			if (figures && row.figures() != null) {
				if (this.years.isEmpty()) {
					this.years = List.of(row.figures());
				}
				else {
					List<EnterpriseFigures> more = new ArrayList<>(this.years.size() + 1);
					more.addAll(this.years);
					more.add(row.figures());
					this.years = more;
				}
			}
		}

		private void putTier(TierEvent tier) {
			this.tiers.put(tier.tier() + "|" + tier.gained(), tier);
		}

		/** The codes of both, in the order first seen, each once. */
		private static List<String> union(List<String> so, List<String> more) {
			if (so.isEmpty()) {
				return more;
			}
			List<String> union = null;
			for (String code : more) {
				if (!so.contains(code) && (union == null || !union.contains(code))) {
					if (union == null) {
						union = new ArrayList<>(so);
					}
					union.add(code);
				}
			}
			return (union != null) ? union : so;
		}

		Enterprise firm() {
			return new Enterprise(this.uscc, this.name, this.nameKey, this.industry.qualified(), this.chains,
					this.segments, this.location, this.inputCrs, this.inputLon, this.inputLat, List.of(),
					(this.tiers != null) ? List.copyOf(this.tiers.values()) : this.firstTiers, this.years);
		}

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
