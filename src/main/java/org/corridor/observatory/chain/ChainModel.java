package org.corridor.observatory.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.registry.ChineseNames;

/**
 * The plan's chains and segments numbered for the in-memory tables, with the rules that
 * place a firm in segments: the segments a firm is registered in when it names any;
 * otherwise every segment whose industry prefixes include the firm's class or whose
 * keywords occur in its name — among the segments of its registered chains when it names
 * chains, among all otherwise.
 */
final class ChainModel {

	final List<Chain> chains = new ArrayList<>();

	final List<Segment> segments = new ArrayList<>();

	final List<String> zones = new ArrayList<>();

	private final Map<String, Integer> chainIndex = new HashMap<>();

	private final Map<String, Integer> segmentIndex = new HashMap<>();

	private final Map<String, Integer> zoneIndex = new HashMap<>();

	final int rootZone;

	ChainModel(Plan plan) {
		for (Zone zone : plan.listZones()) {
			this.zoneIndex.put(zone.code(), this.zones.size());
			this.zones.add(zone.code());
		}
		this.rootZone = this.zoneIndex.get(plan.rootZone().code());
		Map<String, Item> segmentItems = new HashMap<>();
		plan.listItems(ItemKind.SEGMENT).forEach((item) -> segmentItems.put(item.code(), item));
		for (Item item : plan.listItems(ItemKind.CHAIN)) {
			int chain = this.chains.size();
			List<Integer> members = new ArrayList<>();
			for (String code : item.references("segments")) {
				Item segment = segmentItems.get(code);
				int index = this.segments.size();
				this.segmentIndex.put(code, index);
				List<String> keywords = segment.references("keywords").stream().map(ChineseNames::key).toList();
				this.segments.add(new Segment(index, code, segment.name(), segment.attribute("stage"), chain,
						segment.references("industries"), keywords));
				members.add(index);
			}
			int[] hosts = item.references("host_zones")
				.stream()
				.filter(this.zoneIndex::containsKey)
				.mapToInt(this.zoneIndex::get)
				.toArray();
			this.chainIndex.put(item.code(), chain);
			this.chains.add(new Chain(chain, item.code(), item.name(), item.references("cluster"), members, hosts));
		}
	}

	Integer zone(String code) {
		return this.zoneIndex.get(code);
	}

	Integer chain(String code) {
		return this.chainIndex.get(code);
	}

	Integer segment(String code) {
		return this.segmentIndex.get(code);
	}

	/** The segments a firm belongs in, by the rules above. */
	int[] segmentsOf(String industryCode, String name, List<String> registeredSegments, List<String> chainCodes) {
		List<Integer> found = new ArrayList<>();
		for (String code : registeredSegments) {
			Integer index = this.segmentIndex.get(code);
			if (index != null && !found.contains(index)) {
				found.add(index);
			}
		}
		if (found.isEmpty()) {
			String key = ChineseNames.key(name);
			List<Integer> chainsNamed = chainCodes.stream().map(this.chainIndex::get).filter((c) -> c != null).toList();
			for (Segment segment : this.segments) {
				if ((chainsNamed.isEmpty() || chainsNamed.contains(segment.chain()))
						&& segment.matches(industryCode, key)) {
					found.add(segment.index());
				}
			}
		}
		return found.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * A chain.
	 *
	 * @param index its number
	 * @param code its code
	 * @param name its name
	 * @param clusters the cluster it belongs to (one code)
	 * @param segments its segments' numbers, upstream first
	 * @param hostZones the numbers of the zones the plan hosts it in
	 */
	record Chain(int index, String code, LocalizedText name, List<String> clusters, List<Integer> segments,
			int[] hostZones) {
	}

	/**
	 * A segment with its mapping rules.
	 *
	 * @param index its number
	 * @param code its code
	 * @param name its name
	 * @param stage upstream, midstream or downstream
	 * @param chain its chain's number
	 * @param industries GB/T 4754-2017 prefixes, with or without the section letter
	 * @param keywords name keywords, as matching keys
	 */
	record Segment(int index, String code, LocalizedText name, String stage, int chain, List<String> industries,
			List<String> keywords) {

		boolean matches(String industryCode, String nameKey) {
			for (String prefix : this.industries) {
				boolean lettered = Character.isLetter(prefix.charAt(0));
				String code = (lettered || industryCode.isEmpty() || !Character.isLetter(industryCode.charAt(0)))
						? industryCode : industryCode.substring(1);
				if (code.startsWith(prefix)) {
					return true;
				}
			}
			for (String keyword : this.keywords) {
				if (!keyword.isEmpty() && nameKey.contains(keyword)) {
					return true;
				}
			}
			return false;
		}

	}

}
