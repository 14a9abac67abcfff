package org.corridor.observatory.monitor;

/**
 * What a zone without targets of its own adds to the corridor in a year (贡献): its share
 * of the corridor's figure and of the corridor's growth since the base year (or, without
 * figures for it, since the year before). Shares are given for additive indicators only:
 * a zone's share of a ratio means nothing, so there only the two figures and their
 * changes stand side by side.
 *
 * @param corridorZone the root zone's code
 * @param additive whether the indicator adds up across zones
 * @param actual the zone's figure in the year, or null
 * @param corridorActual the corridor's figure in the year, or null
 * @param share the zone's figure over the corridor's, or null
 * @param fromYear the year growth is measured from, or null when neither the base year
 * nor the year before has both figures
 * @param growth the zone's change since {@code fromYear}, or null
 * @param corridorGrowth the corridor's change since {@code fromYear}, or null
 * @param growthShare the zone's change over the corridor's, or null
 */
public record Contribution(String corridorZone, boolean additive, Double actual, Double corridorActual, Double share,
		Integer fromYear, Double growth, Double corridorGrowth, Double growthShare) {
}
