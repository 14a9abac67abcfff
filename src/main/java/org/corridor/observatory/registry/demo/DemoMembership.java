package org.corridor.observatory.registry.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The chains and segments a demo firm belongs to. Most firms belong to one chain, some to
 * a second (an AI firm selling cloud services), and a minority to none: the corridor's
 * financial and general service firms. A firm of a chain with segments usually names one
 * or two of them; segments always belong to the firm's main chain.
 *
 * @param main the chain the firm's industry is drawn from, or null
 * @param chains the chain codes, main first
 * @param segments the segment codes
 */
record DemoMembership(DemoSetting.Chain main, List<String> chains, List<String> segments) {

	private static final DemoMembership NONE = new DemoMembership(null, List.of(), List.of());

	static DemoMembership draw(SplittableRandom random, DemoSetting setting) {
		List<DemoSetting.Chain> all = setting.chains();
		if (all.isEmpty() || random.nextDouble() < 0.15) {
			return NONE;
		}
		DemoSetting.Chain main = all.get(random.nextInt(all.size()));
		List<String> chains = new ArrayList<>(2);
		chains.add(main.code());
		if (all.size() > 1 && random.nextDouble() < 0.10) {
			DemoSetting.Chain other = all.get(random.nextInt(all.size()));
			if (other != main) {
				chains.add(other.code());
			}
		}
		List<String> segments = new ArrayList<>(2);
		List<String> offered = main.segments();
		if (!offered.isEmpty() && random.nextDouble() < 0.80) {
			segments.add(offered.get(random.nextInt(offered.size())));
			String second = offered.get(random.nextInt(offered.size()));
			if (random.nextDouble() < 0.15 && !segments.contains(second)) {
				segments.add(second);
			}
		}
		return new DemoMembership(main, List.copyOf(chains), List.copyOf(segments));
	}

}
