package org.corridor.observatory.geo.boundary;

/**
 * An invalid boundary that was accepted after repair, recorded so the person importing it
 * sees what was changed and by how much. Repairs are only accepted when they keep the
 * area within {@link BoundaryFileReader#MAX_REPAIR_AREA_CHANGE}.
 *
 * @param zoneCode the zone whose boundary was repaired
 * @param reason what made it invalid, as JTS reports it, with the WGS84 position
 * @param areaBeforeKm2 the geodesic area as read
 * @param areaAfterKm2 the geodesic area after repair
 */
public record BoundaryRepair(String zoneCode, String reason, double areaBeforeKm2, double areaAfterKm2) {
}
