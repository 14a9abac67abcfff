package org.corridor.observatory.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The zones one side of a rule between figures reads: each zone in turn (the rule holds
 * zone by zone), one zone, the sum over the zones of a level that report (such as the six
 * reporting districts: a district that does not report is left out), or the sum over
 * named zones. Written {@code *}, {@code CORRIDOR}, {@code sum:district} or
 * {@code sum:XIHU,YUHANG} on the rules page and in the Excel sheet.
 *
 * @param zone the one zone, or null
 * @param level the level summed over, or null
 * @param zones the zones summed over, empty unless named
 */
public record ZoneSet(String zone, ZoneLevel level, List<String> zones) {

	public static final ZoneSet EACH = new ZoneSet(null, null, List.of());

	public ZoneSet {
		zones = List.copyOf(zones);
	}

	public static ZoneSet of(String zone) {
		return new ZoneSet(zone, null, List.of());
	}

	public static ZoneSet sumOfLevel(ZoneLevel level) {
		return new ZoneSet(null, level, List.of());
	}

	public static ZoneSet sumOf(List<String> zones) {
		return new ZoneSet(null, null, zones);
	}

	/**
	 * Reads the written form.
	 * @throws IllegalArgumentException when it is none of the forms
	 */
	public static ZoneSet parse(String text) {
		String written = (text != null) ? text.strip() : "";
		if (written.isEmpty() || written.equals("*")) {
			return EACH;
		}
		if (written.toLowerCase(Locale.ROOT).startsWith("sum:")) {
			String rest = written.substring(4).strip();
			if (rest.contains(",") || rest.equals(rest.toUpperCase(Locale.ROOT))) {
				List<String> codes = Arrays.stream(rest.split(","))
					.map(String::strip)
					.filter((c) -> !c.isEmpty())
					.toList();
				if (codes.isEmpty()) {
					throw new IllegalArgumentException("sum: needs a level or zone codes");
				}
				return sumOf(codes);
			}
			return sumOfLevel(ZoneLevel.parse(rest));
		}
		return of(written);
	}

	public boolean isEach() {
		return this.zone == null && this.level == null && this.zones.isEmpty();
	}

	public boolean isSum() {
		return this.level != null || !this.zones.isEmpty();
	}

	/**
	 * The zones this set reads in {@code plan}; for "each zone", {@code anchor} alone.
	 */
	public List<String> resolve(Plan plan, String anchor) {
		if (this.zone != null) {
			return List.of(this.zone);
		}
		if (this.level != null) {
			return plan.listZones()
				.stream()
				.filter((z) -> z.level() == this.level && z.reporting())
				.map(Zone::code)
				.toList();
		}
		if (!this.zones.isEmpty()) {
			return this.zones;
		}
		return (anchor != null) ? List.of(anchor) : List.of();
	}

	@Override
	public String toString() {
		if (this.zone != null) {
			return this.zone;
		}
		if (this.level != null) {
			return "sum:" + this.level.key();
		}
		if (!this.zones.isEmpty()) {
			return "sum:" + String.join(",", this.zones);
		}
		return "*";
	}

}
