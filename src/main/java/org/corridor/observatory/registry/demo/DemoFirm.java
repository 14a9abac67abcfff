package org.corridor.observatory.registry.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.registry.enterprise.EnterpriseFigures;
import org.corridor.observatory.registry.enterprise.EnterpriseRow;
import org.corridor.observatory.registry.enterprise.TierEvent;

/**
 * One demo firm, drawn from its index and the seed alone so that any firm of a population
 * can be made without the others, in any order or in parallel. Revenue is long-tailed:
 * nine firms in ten take 100–5 000 万元 in the first year, one in a thousand 10^6–10^7 万元;
 * it then grows by a trend of the firm's own plus yearly noise, and the other figures
 * follow it.
 */
public final class DemoFirm {

	private DemoFirm() {
	}

	/**
	 * The firm's rows, one per year from {@code fromYear}, numbered from
	 * {@code firstRow}.
	 */
	static List<EnterpriseRow> rows(DemoSetting setting, long seed, long index, int fromYear, int toYear,
			int firstRow) {
		SplittableRandom random = new SplittableRandom(seed ^ mix(index));
		String division = DemoCreditCodes.DIVISIONS[random.nextInt(DemoCreditCodes.DIVISIONS.length)];
		Uscc uscc = DemoCreditCodes.of(seed, index, division);
		DemoMembership membership = DemoMembership.draw(random, setting);
		DemoSetting.Chain chain = membership.main();
		List<String> chains = membership.chains();
		List<String> segments = membership.segments();
		List<DemoIndustries.Trade> trades = (chain != null) ? chain.trades() : DemoIndustries.UNCHAINED;
		DemoIndustries.Trade trade = trades.get(random.nextInt(trades.size()));
		IndustryCode industry = trade.industry();
		String name = DemoNames.firm(random, trade.words());
		DemoLocation location = DemoLocation.draw(random, setting, chain);
		double revenue = firstRevenue(random);
		List<TierEvent> tiers = DemoTiers.draw(random, setting, DemoTiers.Size.of(revenue), fromYear, toYear);
		if (chain != null) {
			// drawn from a stream of its own, so the firm's other draws stay as they were
			tiers = DemoTiers.withChainLeader(new SplittableRandom(seed ^ mix(~index)), setting, revenue, tiers,
					fromYear, toYear);
		}
		String nameKey = ChineseNames.key(name);
		double trend = 0.06 + 0.08 * random.nextGaussian();
		double rdShare = 0.03 + 0.12 * random.nextDouble() * random.nextDouble();
		double perHead = 80 * Math.exp(0.5 * random.nextGaussian());
		double patents = Math.floor(revenue * rdShare / 150 * (0.2 + 1.3 * random.nextDouble()));
		List<EnterpriseRow> rows = new ArrayList<>(toYear - fromYear + 1);
		for (int year = fromYear; year <= toYear; year++) {
			if (year > fromYear) {
				revenue *= Math.exp(trend + 0.06 * random.nextGaussian());
			}
			double share = Math.min(0.15, Math.max(0.03, rdShare + 0.01 * random.nextGaussian()));
			double rd = revenue * share;
			patents += Math.floor(rd / 300 * 1.5 * random.nextDouble() + random.nextDouble());
			int employees = (int) Math.max(3, Math.round(revenue / perHead * Math.exp(0.03 * random.nextGaussian())));
			EnterpriseFigures figures = new EnterpriseFigures(year, money(revenue), money(rd), employees,
					(int) Math.min(Integer.MAX_VALUE, patents));
			rows.add(new EnterpriseRow(uscc, name, nameKey, industry, chains, segments,
					(location != null) ? location.wgs84() : null, (location != null) ? location.crs() : null,
					(location != null) ? location.lon() : null, (location != null) ? location.lat() : null, tiers,
					figures, firstRow + (year - fromYear)));
		}
		return rows;
	}

	/** Revenue in the first year, 万元: a mixture of log-uniform bands with a long tail. */
	private static double firstRevenue(SplittableRandom random) {
		double band = random.nextDouble();
		double u = random.nextDouble();
		double log10;
		if (band < 0.90) {
			log10 = 2 + 1.7 * u;
		}
		else if (band < 0.99) {
			log10 = 3.7 + 1.3 * u;
		}
		else if (band < 0.999) {
			log10 = 5 + u;
		}
		else {
			log10 = 6 + u;
		}
		return Math.pow(10, log10);
	}

	/** Tenths of a 万元, as statistical forms report money (a thousand yuan). */
	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(Math.round(value * 10), 1);
	}

	/**
	 * Stafford's mix13 of SplitMix64: neighbouring indices give unrelated seeds, so firm
	 * n and firm n + 1 are not drawn from overlapping sequences.
	 */
	public static long mix(long index) {
		long z = index + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
