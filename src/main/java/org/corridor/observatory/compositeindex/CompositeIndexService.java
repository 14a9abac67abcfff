package org.corridor.observatory.compositeindex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.corridor.observatory.compositeindex.IndexDefinition.Component;
import org.corridor.observatory.geo.ZonesChanged;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.FiguresPublished;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.InvalidPlanPackException;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanAdjusted;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.platform.PlatformsChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The plan's composite indices (综合指数), read from the pack's {@code indices.yaml} at
 * start-up (a problem in it stops the start, as any pack problem does), scored over the
 * reporting districts and the index's peers from the published figures, through the
 * monitor's {@link EvaluationService}: reported figures, or a registry's measures for a
 * computed indicator. Distance to target measures a zone against its own target where it
 * has one (分解目标), else the index's, else the plan's last target.
 * <p>
 * The table of figures is kept until a change that can alter an evaluation commits, as
 * the evaluation service keeps its own.
 */
@Service
public class CompositeIndexService {

	/** The most draws a sensitivity run may ask for. */
	public static final int MAX_DRAWS = 10_000;

	private final PlanCatalog catalog;

	private final EvaluationService evaluations;

	private final List<IndexDefinition> definitions;

	private final AtomicLong generation = new AtomicLong();

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	CompositeIndexService(PlanCatalog catalog, EvaluationService evaluations,
			@Value("${observatory.plan.location}") String location) {
		this.catalog = catalog;
		this.evaluations = evaluations;
		IndexDefinitionReader.Read read = IndexDefinitionReader.read(PlanCatalog.packFiles(location),
				catalog.current());
		if (!read.problems().isEmpty()) {
			throw new InvalidPlanPackException(location, read.problems());
		}
		this.definitions = read.definitions();
	}

	public List<IndexDefinition> listIndices(String planId) {
		this.catalog.getPlan(planId);
		return this.definitions;
	}

	public IndexDefinition getIndex(String planId, String code) {
		return listIndices(planId).stream()
			.filter((definition) -> definition.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new UnknownIndexException(code));
	}

	/**
	 * Scores and ranks with the index's own choices, or those given (null: the index's).
	 */
	public IndexResult scores(String planId, String code, Normalisation normalisation, Aggregation aggregation,
			MissingRule missing) {
		IndexDefinition definition = getIndex(planId, code);
		return IndexCalculator.compute(definition, table(planId, definition),
				(normalisation != null) ? normalisation : definition.normalisation(),
				(aggregation != null) ? aggregation : definition.aggregation(),
				(missing != null) ? missing : definition.missing());
	}

	/**
	 * A sensitivity run of one year (null: the latest with scores).
	 * @throws IllegalArgumentException for draws outside 1..{@value #MAX_DRAWS} or a
	 * concentration not positive
	 */
	public SensitivityResult sensitivity(String planId, String code, Integer year, int draws, long seed,
			double concentration) {
		if (draws < 1 || draws > MAX_DRAWS) {
			throw new IllegalArgumentException("抽样次数应在1到" + MAX_DRAWS + "之间 / draws must be 1 to " + MAX_DRAWS);
		}
		if (!(concentration > 0) || concentration > 1e6) {
			throw new IllegalArgumentException("集中度应为正数 / the concentration must be positive");
		}
		IndexDefinition definition = getIndex(planId, code);
		FigureTable table = table(planId, definition);
		int at = (year != null) ? year : IndexCalculator.compute(definition, table).ranking(null).year();
		return SensitivityAnalysis.run(definition, table, at, draws, seed, concentration);
	}

	/** The figures the index is computed from. */
	public FigureTable table(String planId, IndexDefinition definition) {
		boolean keepable = !TransactionSynchronizationManager.isActualTransactionActive();
		long now = this.generation.get();
		String key = planId + "/" + definition.code();
		Kept found = this.kept.get(key);
		if (keepable && found != null && found.generation() == now) {
			return found.table();
		}
		FigureTable table = build(planId, definition);
		if (keepable) {
			this.kept.put(key, new Kept(now, table));
		}
		return table;
	}

	@TransactionalEventListener(classes = { FiguresPublished.class, RegistryChanged.class, PlatformsChanged.class,
			ZonesChanged.class, PlanAdjusted.class }, fallbackExecution = true)
	void inputsChanged() {
		this.generation.incrementAndGet();
		this.kept.clear();
	}

	private FigureTable build(String planId, IndexDefinition definition) {
		Plan plan = this.catalog.getPlan(planId);
		List<FigureTable.TableZone> zones = new ArrayList<>();
		plan.listZones()
			.stream()
			.filter((zone) -> zone.level() == ZoneLevel.DISTRICT && zone.reporting()
					&& !definition.peers().contains(zone.code()))
			.forEach((zone) -> zones.add(new FigureTable.TableZone(zone.code(), zone.name(), false)));
		for (String peer : definition.peers()) {
			plan.findZone(peer)
				.ifPresent((zone) -> zones.add(new FigureTable.TableZone(zone.code(), zone.name(), true)));
		}
		int first = plan.header().startYear();
		int last = Math.max(first, this.evaluations.defaultYear(planId));
		int[] years = new int[last - first + 1];
		Arrays.setAll(years, (i) -> first + i);
		List<Component> components = definition.components();
		double[][][] values = new double[zones.size()][years.length][components.size()];
		double[][] targets = new double[zones.size()][components.size()];
		boolean demo = false;
		for (int z = 0; z < zones.size(); z++) {
			for (double[] row : values[z]) {
				Arrays.fill(row, Double.NaN);
			}
			Arrays.fill(targets[z], Double.NaN);
			for (int i = 0; i < components.size(); i++) {
				Component component = components.get(i);
				if (plan.findIndicator(component.indicator()).isEmpty()) {
					continue;
				}
				Double zoneTarget = null;
				for (IndicatorEvaluation evaluation : this.evaluations.history(planId, component.indicator(),
						zones.get(z).code())) {
					int t = evaluation.year() - first;
					if (t >= 0 && t < years.length && evaluation.actual() != null) {
						values[z][t][i] = evaluation.actual();
						demo |= evaluation.demo();
					}
					if (evaluation.targetValue() != null) {
						zoneTarget = evaluation.targetValue();
					}
				}
				targets[z][i] = target(zoneTarget, component, plan.getIndicator(component.indicator()));
			}
		}
		return new FigureTable(zones, years, values, targets, demo);
	}

	private static double target(Double zoneTarget, Component component, Indicator indicator) {
		if (zoneTarget != null) {
			return zoneTarget;
		}
		if (component.target() != null) {
			return component.target();
		}
		List<Target> targets = indicator.targets();
		return targets.isEmpty() ? Double.NaN : targets.get(targets.size() - 1).value().doubleValue();
	}

	private record Kept(long generation, FigureTable table) {
	}

}
