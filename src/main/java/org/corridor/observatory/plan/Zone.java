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
 */
public record Zone(String code, ZoneLevel level, String parent, LocalizedText name, BigDecimal declaredAreaKm2,
		Map<String, LocalizedText> boundaryLandmarks, List<String> districts, String adcode, String source) {

	public Zone {
		boundaryLandmarks = Map.copyOf(boundaryLandmarks);
		districts = List.copyOf(districts);
	}

}
