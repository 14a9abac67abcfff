package org.corridor.observatory.chain.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.demo.DemoCreditCodes;
import org.corridor.observatory.registry.demo.DemoFirm;
import org.corridor.observatory.registry.demo.DemoIndustries;
import org.corridor.observatory.registry.demo.DemoNames;
import org.corridor.observatory.registry.demo.DemoSetting;

/**
 * Demo candidate firms to attract (招商候选企业): invented firms outside the corridor, in the
 * cities a corridor competes with (上海市浦东新区, 深圳市南山区, 北京市海淀区 …), each filling one or two
 * segments of one of the plan's chains, with a class of GB/T 4754-2017 that suits the
 * segment where its code says what it is. Most have a credit code registered in their
 * district, valid to the check character; some have none, as lists officers keep often
 * lack them. Candidates are established firms, so their revenue runs larger than a
 * corridor start-up's. Everything is a pure function of the plan, the seed and the count;
 * every name starts with 【演示】 and every firm is marked demo.
 */
public final class DemoCandidates {

	/**
	 * Where demo candidates are: district, its division code, and the city a name starts
	 * with.
	 */
	static final String[][] REGIONS = { { "上海市浦东新区", "310115", "上海" }, { "上海市闵行区", "310112", "上海" },
			{ "深圳市南山区", "440305", "深圳" }, { "深圳市福田区", "440304", "深圳" }, { "北京市海淀区", "110108", "北京" },
			{ "北京市朝阳区", "110105", "北京" }, { "苏州市吴中区", "320506", "苏州" }, { "南京市江宁区", "320115", "南京" },
			{ "合肥市蜀山区", "340104", "合肥" }, { "广州市天河区", "440106", "广州" }, { "武汉市洪山区", "420111", "武汉" },
			{ "成都市武侯区", "510107", "成都" }, { "宁波市鄞州区", "330212", "宁波" }, { "西安市雁塔区", "610113", "西安" } };

	// Differs from the firms' and platforms' mixes so candidates draw unrelated
	// sequences.
	private static final long SALT = 0xCA4D_1DA7_E5L;

	private static final int ATTEMPTS = 20;

	private DemoCandidates() {
	}

	/**
	 * {@code count} demo candidates, all with different names.
	 * @throws IllegalArgumentException when the count is negative
	 */
	public static List<CandidateFirm> generate(Plan plan, long seed, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("cannot make " + count + " candidates");
		}
		List<DemoSetting.Chain> chains = DemoSetting.of(plan).chains();
		List<DemoSetting.Chain> segmented = chains.stream().filter((chain) -> !chain.segments().isEmpty()).toList();
		String source = "demo seed " + seed;
		Set<String> names = new HashSet<>();
		List<CandidateFirm> firms = new ArrayList<>(count);
		for (int index = 0; index < count; index++) {
			SplittableRandom random = new SplittableRandom(seed ^ DemoFirm.mix(SALT + index));
			List<String> segments = new ArrayList<>(2);
			List<DemoIndustries.Trade> trades;
			if (!segmented.isEmpty()) {
				DemoSetting.Chain chain = segmented.get(random.nextInt(segmented.size()));
				String segment = chain.segments().get(random.nextInt(chain.segments().size()));
				segments.add(segment);
				if (chain.segments().size() > 1 && random.nextInt(4) == 0) {
					String other = chain.segments().get(random.nextInt(chain.segments().size()));
					if (!other.equals(segment)) {
						segments.add(other);
					}
				}
				trades = DemoIndustries.forSegment(segment, chain.code());
			}
			else {
				trades = chains.isEmpty() ? DemoIndustries.SOFTWARE
						: chains.get(random.nextInt(chains.size())).trades();
			}
			DemoIndustries.Trade trade = trades.get(random.nextInt(trades.size()));
			String[] region = REGIONS[random.nextInt(REGIONS.length)];
			String name = DemoNames.firmIn(random, region[2], trade.words());
			for (int attempt = 0; attempt < ATTEMPTS && names.contains(ChineseNames.key(name)); attempt++) {
				name = DemoNames.firmIn(random, region[2], trade.words());
			}
			if (!names.add(ChineseNames.key(name))) {
				// a brand too many: number it, as registers tell such firms apart
				name = name.replace("有限公司", (index + 1) + "号有限公司");
				names.add(ChineseNames.key(name));
			}
			String uscc = (random.nextInt(100) < 85) ? DemoCreditCodes.of(seed ^ SALT, index, region[1]).value() : null;
			firms.add(figures(random, new CandidateFirm(0, name, uscc, trade.industry().qualified(), segments,
					region[0], null, null, null, true, source)));
		}
		return firms;
	}

	/**
	 * The firm with its figures: revenue log-uniform over 10^3.5–10^6.5 万元 (about 3 千万 to
	 * 300 亿元), R&amp;D 3–15% of it, a head count from revenue per head; each figure left
	 * out now and then, as in a list put together from several sources.
	 */
	private static CandidateFirm figures(SplittableRandom random, CandidateFirm firm) {
		double revenue = Math.pow(10, 3.5 + 3 * random.nextDouble());
		double rd = revenue * (0.03 + 0.12 * random.nextDouble());
		double perHead = 120 * Math.exp(0.5 * random.nextGaussian());
		boolean hasRevenue = random.nextInt(10) < 8;
		boolean hasRd = hasRevenue && random.nextInt(10) < 7;
		boolean hasEmployees = random.nextInt(4) < 3;
		return new CandidateFirm(firm.id(), firm.name(), firm.uscc(), firm.industryCode(), firm.segments(),
				firm.region(), hasRevenue ? money(revenue) : null, hasRd ? money(rd) : null,
				hasEmployees ? (int) Math.max(10, Math.round(revenue / perHead)) : null, true, firm.source());
	}

	/** Whole 万元, as lists of established firms give them. */
	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(Math.round(value));
	}

}
