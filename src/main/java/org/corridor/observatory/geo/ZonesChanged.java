package org.corridor.observatory.geo;

/**
 * Published by the zone set ({@link ZoneShapes}) when a plan's shapes and
 * {@link ZoneIndex} have been built anew: after an import of official boundaries has
 * committed, and once at start-up, when the shapes may differ from those the stored
 * assignments were made with (another plan pack, a migrated database). When it arrives
 * the new index is already the one {@link ZoneShapes#index()} returns, and the
 * transaction that changed the boundaries has committed: every holder of zone assignments
 * (the firms and platforms of the registries) reassigns its points from it, in a
 * transaction of its own. A boundary import that is rejected or rolled back publishes
 * nothing.
 *
 * @param planId the plan whose zones changed
 */
public record ZonesChanged(String planId) {
}
