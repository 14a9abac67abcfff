package org.corridor.observatory.monitor.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.plan.Comparator;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlanHeader;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;

import org.springframework.stereotype.Service;

/**
 * Compares zones of one level: an indicator across them year by year
 * ({@link ZoneComparison}), and one zone against its peers (the zones of its level) in
 * every indicator. The figures are the evaluation's ({@link EvaluationService#figures}):
 * published ones, and with {@code includeUnpublished} the unpublished ones laid over them
 * for those allowed to see them.
 */
@Service
public class ZoneComparisons {

	private final PlanCatalog catalog;

	private final EvaluationService evaluations;

	ZoneComparisons(PlanCatalog catalog, EvaluationService evaluations) {
		this.catalog = catalog;
		this.evaluations = evaluations;
	}

	/**
	 * The level a text names ({@code district}, any case); districts when none is given.
	 * @throws IllegalArgumentException for a level the plan does not know
	 */
	public static ZoneLevel level(String text) {
		if (text == null || text.isBlank()) {
			return ZoneLevel.DISTRICT;
		}
		try {
			return ZoneLevel.parse(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("未知的空间层级 " + text + " / unknown zone level " + text, ex);
		}
	}

	/**
	 * One indicator across every zone of a level, from the plan's baseline year to the
	 * latest year with figures.
	 */
	public ZoneComparison compare(String planId, String indicatorCode, ZoneLevel level, boolean includeUnpublished) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(indicatorCode);
		List<String> zones = peers(plan, level);
		return ZoneComparison.of(indicator.code().value(), level.key(), years(planId, plan.header()),
				lowerIsBetter(indicator), this.evaluations.figures(planId, indicatorCode, zones, includeUnpublished));
	}

	/**
	 * A zone among its peers: for every indicator of the plan, the comparison of the
	 * zone's level, from which its rank in any year is read.
	 */
	public List<ZoneComparison> amongPeers(String planId, String zoneCode, boolean includeUnpublished) {
		Plan plan = this.catalog.getPlan(planId);
		Zone zone = plan.getZone(zoneCode);
		List<ZoneComparison> comparisons = new ArrayList<>();
		for (Indicator indicator : plan.listIndicators()) {
			comparisons.add(compare(planId, indicator.code().value(), zone.level(), includeUnpublished));
		}
		return comparisons;
	}

	/** The zones of a level, in the plan's order. */
	public static List<String> peers(Plan plan, ZoneLevel level) {
		return plan.listZones().stream().filter((z) -> z.level() == level).map(Zone::code).toList();
	}

	/**
	 * Whether the lowest figure is the best: the plan's target for it is an upper bound.
	 */
	static boolean lowerIsBetter(Indicator indicator) {
		return !indicator.targets().isEmpty() && indicator.targets()
			.stream()
			.allMatch((t) -> t.comparator() == Comparator.LT || t.comparator() == Comparator.LE);
	}

	private List<Integer> years(String planId, PlanHeader header) {
		int last = Math.max(this.evaluations.defaultYear(planId), header.startYear());
		return IntStream.rangeClosed(header.baselineYear(), last).boxed().toList();
	}

}
