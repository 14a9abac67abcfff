package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A zone of the plan's territory (空间单元): the corridor, its areas, cities, wings,
 * innovation circles, towns, and the administrative districts it spans.
 *
 * @param code the zone code
 * @param level the level
 * @param parent the parent zone code, or null
 * @param name the name
 * @param declaredAreaKm2 the area the plan states, or null
 * @param boundaryLandmarks the plan's 四至 by side (east/south/west/north)
 * @param districts codes of the district zones it spans or links
 * @param adcode the statistical division code of a district or township, or null
 * @param source the sentence it comes from
 * @param reporting whether it is a reporting unit (填报单位): a district that reports its
 * figures, is a part the corridor's whole is made of (decomposition sums, district sums,
 * peers). A district kept only for another purpose (such as splitting the figures of a
 * district that was divided) is not; every zone of another level is, trivially
 */
public record Zone(String code, ZoneLevel level, String parent, LocalizedText name, BigDecimal declaredAreaKm2,
		Map<String, LocalizedText> boundaryLandmarks, List<String> districts, String adcode, String source,
		boolean reporting) {

	public Zone {
		boundaryLandmarks = Map.copyOf(boundaryLandmarks);
		districts = List.copyOf(districts);
	}

	/** A zone that reports (the usual case). */
	public Zone(String code, ZoneLevel level, String parent, LocalizedText name, BigDecimal declaredAreaKm2,
			Map<String, LocalizedText> boundaryLandmarks, List<String> districts, String adcode, String source) {
		this(code, level, parent, name, declaredAreaKm2, boundaryLandmarks, districts, adcode, source, true);
	}

}
