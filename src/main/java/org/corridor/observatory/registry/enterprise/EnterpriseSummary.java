package org.corridor.observatory.registry.enterprise;

import java.util.List;

/**
 * A firm as a search lists it.
 *
 * @param uscc the credit code
 * @param name the registered name
 * @param industryCode the class with its section letter
 * @param industryName the class's name in GB/T 4754-2017
 * @param chains chain codes
 * @param segments segment codes
 * @param lon WGS84 longitude, or null when the firm has no position
 * @param lat WGS84 latitude, or null
 * @param zones zones containing the position
 * @param demo whether the firm is generated demo data
 */
public record EnterpriseSummary(String uscc, String name, String industryCode, String industryName, List<String> chains,
		List<String> segments, Double lon, Double lat, List<String> zones, boolean demo) {
}
