package org.corridor.observatory.plan;

import java.util.List;
import java.util.Optional;

/**
 * The pack's anchors, geometry rules and platform sites ({@code geometry.yaml}): how
 * zones without an official boundary are drawn, and where the plan's platforms stand.
 *
 * @param anchors the named places with coordinates
 * @param rules one derivation rule per zone at most
 * @param sites the anchors platforms stand at
 */
public record PlanGeometry(List<Anchor> anchors, List<GeometryRule> rules, List<Site> sites) {

	public static final PlanGeometry NONE = new PlanGeometry(List.of(), List.of(), List.of());

	public PlanGeometry {
		anchors = List.copyOf(anchors);
		rules = List.copyOf(rules);
		sites = List.copyOf(sites);
	}

	public Anchor getAnchor(String code) {
		return this.anchors.stream()
			.filter((anchor) -> anchor.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no anchor " + code));
	}

	public Optional<GeometryRule> findRule(String zone) {
		return this.rules.stream().filter((rule) -> rule.zone().equals(zone)).findFirst();
	}

}
