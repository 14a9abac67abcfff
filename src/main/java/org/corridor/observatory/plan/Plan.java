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

	/** A plan whose pack decomposes no target to its zones. */
	public Plan(PlanHeader header, List<Goal> goals, List<Category> categories, List<Indicator> indicators,
			List<Zone> zones, List<Item> items, PlanGeometry geometry, String sourceText) {
		this(header, goals, categories, indicators, zones, items, geometry, sourceText, Decomposition.empty());
	}

	public Plan(PlanHeader header, List<Goal> goals, List<Category> categories, List<Indicator> indicators,
			List<Zone> zones, List<Item> items, PlanGeometry geometry, String sourceText, Decomposition decomposition) {
		this.decomposition = decomposition;
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

}
