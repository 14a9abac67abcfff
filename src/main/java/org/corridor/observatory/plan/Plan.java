package org.corridor.observatory.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A development plan held as data: its period and milestones, goals, indicators, zones
 * and the structural items (platforms, domains, industry system, programmes). Immutable;
 * built by the plan-pack loader once the whole pack has validated.
 */
public final class Plan {

	private final PlanHeader header;

	private final List<Goal> goals;

	private final List<Category> categories;

	private final Map<String, Indicator> indicators;

	private final Map<String, Zone> zones;

	private final List<Item> items;

	private final PlanGeometry geometry;

	private final String sourceText;

	private final Decomposition decomposition;

	private final int versionNumber;

	private final List<FigureRule> rules;

	/**
	 * A plan whose pack decomposes no target to its zones and states no rules between
	 * figures.
	 */
	public Plan(PlanHeader header, List<Goal> goals, List<Category> categories, List<Indicator> indicators,
			List<Zone> zones, List<Item> items, PlanGeometry geometry, String sourceText) {
		this(header, goals, categories, indicators, zones, items, geometry, sourceText, Decomposition.empty(),
				List.of());
	}

	/** A plan whose pack states no rules between figures. */
	public Plan(PlanHeader header, List<Goal> goals, List<Category> categories, List<Indicator> indicators,
			List<Zone> zones, List<Item> items, PlanGeometry geometry, String sourceText, Decomposition decomposition) {
		this(header, goals, categories, indicators, zones, items, geometry, sourceText, decomposition, List.of());
	}

	/**
	 * A plan with the targets its pack decomposes to zones and the rules between figures
	 * it states ({@code rules.yaml}).
	 */
	public Plan(PlanHeader header, List<Goal> goals, List<Category> categories, List<Indicator> indicators,
			List<Zone> zones, List<Item> items, PlanGeometry geometry, String sourceText, Decomposition decomposition,
			List<FigureRule> rules) {
		this.decomposition = decomposition;
		this.rules = List.copyOf(rules);
		this.geometry = geometry;
		this.header = header;
		this.goals = List.copyOf(goals);
		this.categories = List.copyOf(categories);
		this.indicators = indicators.stream()
			.collect(Collectors.toMap((i) -> i.code().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.zones = zones.stream()
			.collect(Collectors.toMap(Zone::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.items = List.copyOf(items);
		this.sourceText = sourceText;
		this.versionNumber = 1;
	}

	private Plan(Plan plan, int versionNumber) {
		this.header = plan.header;
		this.goals = plan.goals;
		this.categories = plan.categories;
		this.indicators = plan.indicators;
		this.zones = plan.zones;
		this.items = plan.items;
		this.geometry = plan.geometry;
		this.sourceText = plan.sourceText;
		this.decomposition = plan.decomposition;
		this.rules = plan.rules;
		this.versionNumber = versionNumber;
	}

	/**
	 * The number of the plan's version (规划版本) this is: 1 for the pack as loaded, then one
	 * more for each approved adjustment of its indicator system (see
	 * {@link PlanVersions}). Not the pack's own {@code version:}, which is
	 * {@link PlanHeader#version()}.
	 */
	public int versionNumber() {
		return this.versionNumber;
	}

	/** The same plan as the version with this number. */
	public Plan withVersionNumber(int number) {
		return new Plan(this, number);
	}

	public String id() {
		return this.header.id();
	}

	public PlanHeader header() {
		return this.header;
	}

	public List<Goal> listGoals() {
		return this.goals;
	}

	public List<Category> listCategories() {
		return this.categories;
	}

	public List<Indicator> listIndicators() {
		return List.copyOf(this.indicators.values());
	}

	public Optional<Indicator> findIndicator(String code) {
		return Optional.ofNullable(this.indicators.get(code));
	}

	public Indicator getIndicator(String code) {
		return findIndicator(code).orElseThrow(() -> new UnknownIndicatorException(id(), code));
	}

	public List<Zone> listZones() {
		return List.copyOf(this.zones.values());
	}

	public Optional<Zone> findZone(String code) {
		return Optional.ofNullable(this.zones.get(code));
	}

	public Zone getZone(String code) {
		return findZone(code).orElseThrow(() -> new UnknownZoneException(id(), code));
	}

	/** The zone reported on when a figure names no zone: the top of the hierarchy. */
	public Zone rootZone() {
		return this.zones.values()
			.stream()
			.filter((zone) -> zone.parent() == null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("plan " + id() + " has no root zone"));
	}

	public List<Item> listItems(ItemKind kind) {
		return this.items.stream().filter((item) -> item.kind() == kind).toList();
	}

	public Optional<Goal> findGoal(String code) {
		return this.goals.stream().filter((goal) -> goal.code().equals(code)).findFirst();
	}

	public Optional<Category> findCategory(String code) {
		return this.categories.stream().filter((category) -> category.code().equals(code)).findFirst();
	}

	public PlanGeometry geometry() {
		return this.geometry;
	}

	public String sourceText() {
		return this.sourceText;
	}

	/**
	 * The targets and baselines the pack decomposes to zones (分解目标); those stored since
	 * are laid over them by the monitor's zone targets.
	 */
	public Decomposition decomposition() {
		return this.decomposition;
	}

	/**
	 * The rules between figures the pack states; the ones in force are kept in the
	 * database, seeded from these.
	 */
	public List<FigureRule> listRules() {
		return this.rules;
	}

}
