package org.corridor.observatory.registry.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * Everything the registry holds about one firm.
 *
 * @param summary what a search lists
 * @param inputCrs the coordinate system the position was given in, or null
 * @param inputLon the longitude as given, or null
 * @param inputLat the latitude as given, or null
 * @param source the file the firm was last imported from
 * @param updatedAt when it was last imported
 * @param years the yearly figures, earliest first
 * @param tiers the tiers gained and lost, earliest first
 */
public record EnterpriseDetail(EnterpriseSummary summary, String inputCrs, Double inputLon, Double inputLat,
		String source, Instant updatedAt, List<EnterpriseFigures> years, List<TierEvent> tiers) {
}
