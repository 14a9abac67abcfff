package org.corridor.observatory.monitor;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a group of indicators (a goal or a category) stands together: the weighted mean
 * of their completion, each capped to [0, 1] so that one indicator far ahead cannot hide
 * another behind, the worst status among them, and how many have each status.
 *
 * @param key the goal or category code, or {@code NONE} for indicators without one
 * @param meanCappedCompletion the weighted mean capped completion of the members that
 * have one, or null when none has
 * @param worstStatus the most severe status; {@link Status#NO_DATA} only if every member
 * has no data
 * @param counts how many members have each status, every status listed
 * @param members the codes of the indicators in the group
 */
public record RollUp(String key, Double meanCappedCompletion, Status worstStatus, Map<Status, Integer> counts,
		List<String> members) {

	public RollUp {
		Map<Status, Integer> all = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			all.put(status, counts.getOrDefault(status, 0));
		}
		counts = Collections.unmodifiableMap(all);
		members = List.copyOf(members);
	}

	/** How many members have {@code status}. */
	public int count(Status status) {
		return this.counts.get(status);
	}

}
