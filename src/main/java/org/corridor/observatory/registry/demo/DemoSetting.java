package org.corridor.observatory.registry.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.GeometryRule;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;

/**
 * What the demo population takes from a plan, read once per run: the chains with their
 * segments, classes and host places, the places firms cluster around, and the ladder of
 * enterprise tiers. Places are the anchors of the zones drawn as a disc round one anchor
 * (the towns, parks and innovation circles), where the plan wants firms to gather.
 *
 * @param chains the chains firms may belong to, in the pack's order
 * @param places every place firms cluster around, in WGS84
 * @param ladder the tier ladder from its first rung, each rung with the rungs it leads to
 * @param firstRungs the rungs of the ladder nothing leads to
 * @param tiers every tier code of the plan
 */
public record DemoSetting(List<Chain> chains, List<LonLat> places, Map<String, List<String>> ladder,
		List<String> firstRungs, Set<String> tiers) {

	public static DemoSetting of(Plan plan) {
		Map<String, LonLat> byZone = new LinkedHashMap<>();
		for (GeometryRule rule : plan.geometry().rules()) {
			if ("buffer".equals(rule.method()) && rule.anchors().size() == 1) {
				byZone.put(rule.zone(), wgs84(plan.geometry().getAnchor(rule.anchors().get(0))));
			}
		}
		List<LonLat> places = new ArrayList<>(new LinkedHashSet<>(byZone.values()));
		if (places.isEmpty()) {
			plan.geometry().anchors().forEach((anchor) -> places.add(wgs84(anchor)));
		}
		List<Chain> chains = new ArrayList<>();
		for (Item chain : plan.listItems(ItemKind.CHAIN)) {
			List<LonLat> hosts = chain.references("host_zones")
				.stream()
				.filter(byZone::containsKey)
				.map(byZone::get)
				.toList();
			chains.add(new Chain(chain.code(), chain.references("segments"), DemoIndustries.forChain(chain.code()),
					hosts));
		}
		Map<String, List<String>> ladder = ladder(plan);
		Set<String> reached = new HashSet<>();
		ladder.values().forEach(reached::addAll);
		List<String> firstRungs = ladder.keySet().stream().filter((code) -> !reached.contains(code)).toList();
		Set<String> tiers = new HashSet<>();
		plan.listItems(ItemKind.ENTERPRISE_TIER).forEach((tier) -> tiers.add(tier.code()));
		return new DemoSetting(chains, places, ladder, firstRungs, tiers);
	}

	/**
	 * The tiers reachable from the first rungs (tiers that lead on but that nothing leads
	 * to), in ladder order; tiers off the ladder (unicorns, Fortune 500) are left out, as
	 * no plausible demo firm of a corridor holds them.
	 */
	private static Map<String, List<String>> ladder(Plan plan) {
		List<Item> tiers = plan.listItems(ItemKind.ENTERPRISE_TIER);
		Set<String> reached = new HashSet<>();
		tiers.forEach((tier) -> reached.addAll(tier.references("next")));
		Map<String, List<String>> ladder = new LinkedHashMap<>();
		List<String> open = new ArrayList<>();
		tiers.stream()
			.filter((tier) -> !tier.references("next").isEmpty() && !reached.contains(tier.code()))
			.forEach((tier) -> open.add(tier.code()));
		Map<String, Item> byCode = new LinkedHashMap<>();
		tiers.forEach((tier) -> byCode.put(tier.code(), tier));
		while (!open.isEmpty()) {
			String code = open.remove(0);
			if (!ladder.containsKey(code) && byCode.containsKey(code)) {
				ladder.put(code, byCode.get(code).references("next"));
				open.addAll(byCode.get(code).references("next"));
			}
		}
		return ladder;
	}

	private static LonLat wgs84(Anchor anchor) {
		return ChinaCoordinates.toWgs84(Crs.parse(anchor.crs()), anchor.lon(), anchor.lat());
	}

	/**
	 * A chain as the demo uses it.
	 *
	 * @param code the chain's code
	 * @param segments its segments' codes, possibly none
	 * @param trades the classes its firms are drawn from
	 * @param hosts the places of its host zones, possibly none
	 */
	public record Chain(String code, List<String> segments, List<DemoIndustries.Trade> trades, List<LonLat> hosts) {
	}

}
