package org.corridor.observatory.compositeindex;

import java.util.List;

import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.LocalizedText;

/**
 * A composite index as the pack defines it (综合指数定义).
 *
 * @param code the index code
 * @param name the name
 * @param example whether it is an example (示例) not yet confirmed by the office
 * @param basis what it is modelled on and how the plan's indicators were mapped
 * @param normalisation the normalisation
 * @param aggregation the aggregation
 * @param missing the missing-data rule
 * @param peers codes of zones outside the corridor scored alongside its districts (peers,
 * 对标区域), in the order given
 * @param pillars the pillars (一级指标), weights summing to 1
 */
public record IndexDefinition(String code, LocalizedText name, boolean example, LocalizedText basis,
		Normalisation normalisation, Aggregation aggregation, MissingRule missing, List<String> peers,
		List<Pillar> pillars) {

	public IndexDefinition {
		peers = List.copyOf(peers);
		pillars = List.copyOf(pillars);
	}

	/** The indicators of every pillar, pillar by pillar. */
	public List<Component> components() {
		return this.pillars.stream().flatMap((pillar) -> pillar.components().stream()).toList();
	}

	/**
	 * A pillar (一级指标).
	 *
	 * @param code the pillar code
	 * @param name the name
	 * @param weight its weight, a share of 1
	 * @param components its indicators, weights summing to 1 (none: the plan has no
	 * indicator for it yet)
	 */
	public record Pillar(String code, LocalizedText name, double weight, List<Component> components) {

		public Pillar {
			components = List.copyOf(components);
		}

	}

	/**
	 * An indicator of the plan in a pillar.
	 *
	 * @param indicator the plan's indicator code
	 * @param name the indicator's name
	 * @param direction which way is better (the plan's, or the index's where the plan
	 * states a band)
	 * @param weight its weight within the pillar, a share of 1
	 * @param target the target distance-to-target measures against when the zone has none
	 * of its own, or null
	 */
	public record Component(String indicator, LocalizedText name, Direction direction, double weight, Double target) {
	}

}
