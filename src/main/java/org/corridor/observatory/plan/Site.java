package org.corridor.observatory.plan;

/**
 * Where a platform of the plan stands: one of the pack's anchors.
 *
 * @param platform the platform code
 * @param anchor the anchor code
 */
public record Site(String platform, String anchor) {
}
