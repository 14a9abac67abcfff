package org.corridor.observatory.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's targets decomposed to zones (目标分解): each zone's own targets and baselines
 * per indicator. The plan's own targets are the root zone's (the corridor's); a zone has
 * targets only where a decomposition gives it some. Immutable.
 * <p>
 * Where the indicator is {@link Additivity additive}, the parts must add up to the whole:
 * the parts are the zones of the level that divides the territory (the districts that
 * report — {@link Zone#reporting()} —, or the root's children in a plan without
 * districts), and for each of the plan's targets their targets must sum to it within
 * {@link #TOLERANCE} (1 %). A decomposition to every part that does not is refused; one
 * to some parts only is flagged as partial, with the numbers. Zones of other levels
 * (cities, circles, towns) may have targets too; they overlap and are not summed.
 */
public final class Decomposition {

	/** How far, relative to the whole, the sum of the parts may be from it. */
	public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private static final Decomposition EMPTY = new Decomposition(List.of(), List.of(), Map.of());

	private final List<ZoneTarget> targets;

	private final List<ZoneBaseline> baselines;

	private final Map<String, Boolean> additive;

	/**
	 * @param targets the zone targets
	 * @param baselines the zone baselines
	 * @param additive for each indicator whose decomposition states it, whether it is
	 * additive
	 */
	public Decomposition(List<ZoneTarget> targets, List<ZoneBaseline> baselines, Map<String, Boolean> additive) {
		this.targets = targets.stream()
			.sorted(Comparator.comparing(ZoneTarget::indicator)
				.thenComparing(ZoneTarget::zone)
				.thenComparingInt((t) -> t.target().year()))
			.toList();
		this.baselines = List.copyOf(baselines);
		this.additive = Map.copyOf(additive);
	}

	public static Decomposition empty() {
		return EMPTY;
	}

	public boolean isEmpty() {
		return this.targets.isEmpty() && this.baselines.isEmpty();
	}

	public List<ZoneTarget> listTargets() {
		return this.targets;
	}

	public List<ZoneBaseline> listBaselines() {
		return this.baselines;
	}

	/** Whether the decomposition states the indicator's additivity, and how. */
	public Optional<Boolean> findStatedAdditive(String indicator) {
		return Optional.ofNullable(this.additive.get(indicator));
	}

	public boolean isAdditive(Indicator indicator) {
		return Additivity.of(indicator, this.additive.get(indicator.code().value()));
	}

	/**
	 * The zone's own targets for the indicator, in year order; empty when it has none.
	 */
	public List<Target> targetsFor(String indicator, String zone) {
		return this.targets.stream()
			.filter((t) -> t.indicator().equals(indicator) && t.zone().equals(zone))
			.map(ZoneTarget::target)
			.toList();
	}

	public Optional<Baseline> findBaseline(String indicator, String zone) {
		return this.baselines.stream()
			.filter((b) -> b.indicator().equals(indicator) && b.zone().equals(zone))
			.map(ZoneBaseline::baseline)
			.findFirst();
	}

	/**
	 * This decomposition with {@code other}'s in place for every indicator and zone
	 * {@code other} gives targets or a baseline to; its stated additivity wins too.
	 */
	public Decomposition overlaidBy(Decomposition other) {
		if (other.isEmpty()) {
			return this;
		}
		Set<String> replaced = new HashSet<>();
		other.targets.forEach((t) -> replaced.add(t.indicator() + "|" + t.zone()));
		other.baselines.forEach((b) -> replaced.add(b.indicator() + "|" + b.zone()));
		List<ZoneTarget> targets = new ArrayList<>(other.targets);
		this.targets.stream().filter((t) -> !replaced.contains(t.indicator() + "|" + t.zone())).forEach(targets::add);
		List<ZoneBaseline> baselines = new ArrayList<>(other.baselines);
		this.baselines.stream()
			.filter((b) -> !replaced.contains(b.indicator() + "|" + b.zone()))
			.forEach(baselines::add);
		Map<String, Boolean> additive = new HashMap<>(this.additive);
		additive.putAll(other.additive);
		return new Decomposition(targets, baselines, additive);
	}

	/**
	 * The zones whose targets must add up to the plan's: the districts that report (not
	 * one kept only to split figures), or in a plan without districts the root zone's
	 * children (the root being the first zone without a parent, as
	 * {@link Plan#rootZone()} has it).
	 */
	public static List<Zone> parts(List<Zone> zones) {
		List<Zone> districts = zones.stream()
			.filter((zone) -> zone.level() == ZoneLevel.DISTRICT && zone.reporting())
			.toList();
		if (!districts.isEmpty()) {
			return districts;
		}
		String root = zones.stream().filter((zone) -> zone.parent() == null).map(Zone::code).findFirst().orElse(null);
		return zones.stream().filter((zone) -> zone.parent() != null && zone.parent().equals(root)).toList();
	}

	/** The sum checks of the whole plan's decomposition. */
	public List<SumCheck> check(Plan plan) {
		return check(plan.listIndicators(), plan.listZones());
	}

	/**
	 * For every indicator and target year with targets decomposed to the parts: whether
	 * they add up to the plan's target, fall short of covering every part, or are not
	 * summed because the indicator is not additive.
	 */
	public List<SumCheck> check(List<Indicator> indicators, List<Zone> zones) {
		List<Zone> parts = parts(zones);
		List<SumCheck> checks = new ArrayList<>();
		for (Indicator indicator : indicators) {
			String code = indicator.code().value();
			for (Target whole : indicator.targets()) {
				Map<String, Target> given = new LinkedHashMap<>();
				for (Zone part : parts) {
					targetsFor(code, part.code()).stream()
						.filter((t) -> t.year() == whole.year())
						.findFirst()
						.ifPresent((t) -> given.put(part.code(), t));
				}
				if (given.isEmpty()) {
					continue;
				}
				List<String> missing = parts.stream().map(Zone::code).filter((z) -> !given.containsKey(z)).toList();
				if (!isAdditive(indicator)) {
					checks.add(new SumCheck(code, whole.year(), SumCheck.Outcome.NOT_ADDITIVE, whole.value(), null,
							given.size(), parts.size(), missing));
					continue;
				}
				checks.add(sum(code, whole.year(), whole.value(), given.values().stream().map(Target::value).toList(),
						parts.size(), missing));
				if (whole.upper() != null) {
					List<BigDecimal> uppers = given.values()
						.stream()
						.map((t) -> (t.upper() != null) ? t.upper() : t.value())
						.toList();
					checks.add(sum(code, whole.year(), whole.upper(), uppers, parts.size(), missing));
				}
			}
		}
		return checks;
	}

	private static SumCheck sum(String indicator, int year, BigDecimal whole, List<BigDecimal> values, int parts,
			List<String> missing) {
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		SumCheck.Outcome outcome;
		if (!missing.isEmpty()) {
			outcome = SumCheck.Outcome.PARTIAL;
		}
		else {
			BigDecimal allowed = whole.abs().multiply(TOLERANCE);
			outcome = (sum.subtract(whole).abs().compareTo(allowed) <= 0) ? SumCheck.Outcome.ADDS_UP
					: SumCheck.Outcome.MISMATCH;
		}
		return new SumCheck(indicator, year, outcome, whole, sum, values.size(), parts, missing);
	}

}
