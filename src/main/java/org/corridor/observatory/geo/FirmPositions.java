package org.corridor.observatory.geo;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where the positions of firms are kept: with the firms, in the enterprise registry,
 * which implements this port. Geo converts points and tells which zones hold them, but
 * keeps no firm's position itself; through this port a points file moves firms of the
 * registry, and the registry alone answers where a firm is.
 */
public interface FirmPositions {

	/**
	 * Of the codes, those that are no firm of the plan's registry, in the order given.
	 */
	Set<String> findUnknown(String planId, Collection<String> codes);

	/**
	 * Moves firms of the registry to the points, with the zones each point gives, in the
	 * caller's transaction; everything else the registry holds about a firm, its name
	 * included, is kept.
	 * @param source the file the points come from
	 * @return the points as the registry now holds them, in the order given
	 * @throws IllegalArgumentException if a point's code is no firm of the registry
	 */
	List<Place> relocate(String planId, List<Place> points, String source);

}
