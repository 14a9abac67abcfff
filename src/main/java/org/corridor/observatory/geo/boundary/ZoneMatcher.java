package org.corridor.observatory.geo.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the zone a feature is the boundary of. A file made for us names it by
 * {@code zone_code} (or {@code code}); an official file names its division by
 * {@code adcode} or {@code gb} in the 6-digit county or 9-digit township form, or by the
 * statistics bureau's 12-digit code, which is the same code padded with zeros. A
 * {@code zone_code} that names no zone is an error, not a reason to look further: the
 * person meant that column.
 */
final class ZoneMatcher {

	private final Map<String, String> zonesByUpperCase = new HashMap<>();

	private final Map<String, String> adcodeToZone;

	ZoneMatcher(Set<String> zoneCodes, Map<String, String> adcodeToZone) {
		zoneCodes.forEach((code) -> this.zonesByUpperCase.put(code.toUpperCase(Locale.ROOT), code));
		this.adcodeToZone = adcodeToZone;
	}

	/** The zone code, or null after adding a problem. */
	String zoneOf(SourceFeature feature, boolean nameMayBeZone, List<BoundaryProblem> problems) {
		Map<String, String> attributes = feature.attributes();
		String explicit = Attributes.find(attributes, "zone_code");
		if (explicit != null) {
			String zone = zone(explicit);
			if (zone == null) {
				problems.add(feature.problem("zone_code", explicit, "zone_code " + explicit + " 不是规划中的区域代码",
						"zone_code " + explicit + " is not a zone code of the plan"));
			}
			return zone;
		}
		List<String> tried = new ArrayList<>();
		String code = Attributes.find(attributes, "code");
		if (code != null && zone(code) != null) {
			return zone(code);
		}
		for (String key : new String[] { "adcode", "gb", "code" }) {
			String value = Attributes.find(attributes, key);
			if (value != null) {
				String zone = division(value);
				if (zone != null) {
					return zone;
				}
				tried.add(key + "=" + value);
			}
		}
		if (nameMayBeZone && feature.name() != null && zone(feature.name()) != null) {
			return zone(feature.name());
		}
		problems.add(tried.isEmpty() ? feature.problem("zone_code", null,
				"要素未指明区域：需要 zone_code 或 code（区域代码），或 adcode / gb（行政区划代码）属性",
				"the feature does not name its zone: it needs a zone_code or code (zone code) or an adcode / gb "
						+ "(division code) attribute")
				: feature.problem("zone_code", String.join(", ", tried), "属性中的代码既不是区域代码，也不是规划区域的行政区划代码",
						"none of the codes is a zone code or the division code of a zone of the plan"));
		return null;
	}

	private String zone(String code) {
		return this.zonesByUpperCase.get(code.strip().toUpperCase(Locale.ROOT));
	}

	/** The zone of a division code in any of its forms, or null. */
	private String division(String value) {
		// Numeric attribute columns write codes as decimals (330106.0).
		String digits = value.strip().replaceFirst("\\.0*$", "");
		if (!digits.matches("\\d+")) {
			return null;
		}
		if (digits.length() == 12 && digits.endsWith("000")) {
			digits = digits.substring(0, 9);
		}
		String zone = this.adcodeToZone.get(digits);
		if (zone == null && digits.length() == 9 && digits.endsWith("000")) {
			zone = this.adcodeToZone.get(digits.substring(0, 6));
		}
		return zone;
	}

}
