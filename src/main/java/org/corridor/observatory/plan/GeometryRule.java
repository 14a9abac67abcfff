package org.corridor.observatory.plan;

import java.util.List;

/**
 * How a zone's geometry is derived when no official boundary exists (派生方法):
 * <ul>
 * <li>{@code landmark_ring}: the polygon through the anchors, in order (clipped when
 * {@code clip} is given), together with a disc of each anchor's precision around it, kept
 * whole, so that the zone contains its landmarks;</li>
 * <li>{@code buffer}: a disc of {@code radiusKm} around one anchor;</li>
 * <li>{@code districts}: the union of district zones, less the zones in
 * {@code subtract};</li>
 * <li>{@code zones}: the union of other derived zones.</li>
 * </ul>
 * The result is clipped to the union of {@code clip} zones when given (a ring's landmark
 * discs excepted).
 *
 * @param zone the zone code
 * @param method the method
 * @param anchors anchor codes (ring in order, or the one centre)
 * @param radiusKm the buffer radius, or null
 * @param zones the district or zone codes united
 * @param subtract zone codes taken out of the union
 * @param clip zone codes the result is clipped to
 * @param precisionM how far the drawn boundary may be from the true one, in metres
 * @param note why this method and what it means
 */
public record GeometryRule(String zone, String method, List<String> anchors, Double radiusKm, List<String> zones,
		List<String> subtract, List<String> clip, int precisionM, LocalizedText note) {

	public GeometryRule {
		anchors = List.copyOf(anchors);
		zones = List.copyOf(zones);
		subtract = List.copyOf(subtract);
		clip = List.copyOf(clip);
	}

}
