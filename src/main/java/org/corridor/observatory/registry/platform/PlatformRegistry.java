package org.corridor.observatory.registry.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LocationCells;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.plan.Anchor;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.Site;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The platform registry (创新平台库): seeded from the platforms the plan names, kept up to
 * date by platform files, searched and filtered for the pages and the API.
 * <p>
 * A platform the plan names enters the registry as the plan gives it: its type, level,
 * host, domains, its site (the anchor of {@code geometry.yaml}) and the status the text
 * states, dated to the first day of the plan period, since the plan says where a platform
 * stands when it starts, not since when. A file row updates a platform by its code; a
 * cell it leaves blank keeps what the registry holds.
 */
@Service
public class PlatformRegistry {

	/** The source of a record seeded from the plan pack. */
	public static final String PLAN_TEXT = "规划文本 / plan text";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final PlanCatalog catalog;

	private final ZoneShapes shapes;

	private final PlatformStore store;

	private final Clock clock;

	PlatformRegistry(PlanCatalog catalog, ZoneShapes shapes, PlatformStore store, Clock clock) {
		this.catalog = catalog;
		this.shapes = shapes;
		this.store = store;
		this.clock = clock;
	}

	/** Puts the plan's own platforms into the registry, once. */
	@EventListener(ApplicationStartedEvent.class)
	@Order(0)
	public void seed() {
		seed(this.catalog.current());
	}

	/** Adds every platform the plan names that the registry does not hold yet. */
	public PlatformImportResult seed(Plan plan) {
		Map<String, Platform> stored = byCode(this.store.listPlatforms(plan.id()));
		List<Platform> missing = fromPlan(plan).stream()
			.filter((platform) -> !stored.containsKey(platform.code()))
			.toList();
		return this.store.save(plan.id(), missing, PLAN_TEXT);
	}

	/**
	 * Imports a platform file, whole or not at all.
	 * @throws org.corridor.observatory.tabular.ImportRejectedException with every problem
	 * of the file; nothing is stored then
	 */
	public PlatformImportResult importFile(String planId, String fileName, byte[] content, Crs crs) {
		Plan plan = this.catalog.getPlan(planId);
		LocalDate today = today();
		List<PlatformRow> rows = PlatformFileReader.read(fileName, content, plan, crs, today);
		Map<String, Platform> stored = byCode(this.store.listPlatforms(planId));
		Map<String, Item> types = items(plan, ItemKind.PLATFORM_TYPE);
		Map<String, Item> named = items(plan, ItemKind.PLATFORM);
		List<Platform> platforms = new ArrayList<>(rows.size());
		for (PlatformRow row : rows) {
			Platform before = stored.get(row.code());
			platforms.add(merge(row, before, types.get(row.type()), named.containsKey(row.code()), fileName));
		}
		return this.store.save(planId, platforms, fileName);
	}

	/**
	 * Stores generated DEMO records: invented platforms, and demo histories of the plan's
	 * own platforms whose record still is the plan's. Nothing a file gave is replaced.
	 */
	public PlatformImportResult importDemo(String planId, List<Platform> platforms) {
		Map<String, Platform> stored = byCode(this.store.listPlatforms(planId));
		List<Platform> accepted = platforms.stream().filter((platform) -> {
			Platform before = stored.get(platform.code());
			return before == null || PLAN_TEXT.equals(before.source());
		}).map((platform) -> platform.withZones(zones(platform.location(), platform.zones()))).toList();
		return this.store.save(planId, accepted, "demo");
	}

	/** The platforms that match the filter, by type, then code. */
	public List<Platform> search(String planId, PlatformFilter filter) {
		LocalDate today = today();
		return this.store.listPlatforms(planId)
			.stream()
			.filter((platform) -> filter.matches(platform, today))
			.sorted(Comparator.comparing(Platform::type).thenComparing(Platform::code))
			.toList();
	}

	public Optional<Platform> findPlatform(String planId, String code) {
		return this.store.findPlatform(planId, code);
	}

	/** The platforms with their type's name and status today, for pages and the API. */
	public List<PlatformView> view(String planId, List<Platform> platforms) {
		Map<String, Item> types = items(this.catalog.getPlan(planId), ItemKind.PLATFORM_TYPE);
		LocalDate today = today();
		return platforms.stream().map((platform) -> PlatformView.of(platform, types, today)).toList();
	}

	public List<PlatformStore.PlatformRevision> listRevisions(String planId, String code) {
		return this.store.listRevisions(planId, code);
	}

	public boolean hasDemo(String planId) {
		return this.store.hasDemo(planId);
	}

	/** Today in China, the day that tells past from future. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(CHINA));
	}

	/** The plan's own platforms, as the plan gives them. */
	List<Platform> fromPlan(Plan plan) {
		Map<String, Item> types = items(plan, ItemKind.PLATFORM_TYPE);
		Map<String, String> sites = plan.geometry()
			.sites()
			.stream()
			.collect(Collectors.toMap(Site::platform, Site::anchor, (a, b) -> a));
		LocalDate start = LocalDate.of(plan.header().startYear(), 1, 1);
		List<Platform> platforms = new ArrayList<>();
		for (Item item : plan.listItems(ItemKind.PLATFORM)) {
			String type = item.references("type").get(0);
			String level = (item.attribute("level") != null) ? item.attribute("level")
					: types.get(type).attribute("level");
			LocalizedText host = item.texts().get("host");
			Map<PlatformStatus, LocalDate> stages = new EnumMap<>(PlatformStatus.class);
			if (item.attribute("status") != null) {
				stages.put(PlatformStatus.of(item.attribute("status")), start);
			}
			Anchor anchor = (sites.containsKey(item.code())) ? plan.geometry().getAnchor(sites.get(item.code())) : null;
			LonLat location = (anchor != null)
					? ChinaCoordinates.toWgs84(Crs.parse(anchor.crs()), anchor.lon(), anchor.lat()) : null;
			platforms.add(new Platform(item.code(), item.name().zh(), item.name().en(), type, level,
					(host != null) ? host.zh() : null, item.references("domains"), stages, location,
					(anchor != null) ? Crs.parse(anchor.crs()) : null, (anchor != null) ? anchor.lon() : null,
					(anchor != null) ? anchor.lat() : null, zones(location, item.references("zone")), true, false,
					PLAN_TEXT));
		}
		return platforms;
	}

	/** A file row over what the registry holds: blank cells keep the stored value. */
	private Platform merge(PlatformRow row, Platform before, Item type, boolean inPlan, String source) {
		// a demo record gives nothing to keep
		Platform kept = (before != null && !before.demo()) ? before : null;
		Map<PlatformStatus, LocalDate> stages = new EnumMap<>(PlatformStatus.class);
		if (kept != null) {
			stages.putAll(kept.stages());
		}
		stages.putAll(row.stages());
		LocationCells.Located located = row.location();
		LonLat location = (located != null) ? located.wgs84() : (kept != null) ? kept.location() : null;
		Crs crs = (located != null) ? located.crs() : (kept != null) ? kept.inputCrs() : null;
		Double lon = (located != null) ? Double.valueOf(located.lon()) : (kept != null) ? kept.inputLon() : null;
		Double lat = (located != null) ? Double.valueOf(located.lat()) : (kept != null) ? kept.inputLat() : null;
		List<String> zones = (location != null) ? zones(location, List.of())
				: (before != null) ? before.zones() : List.of();
		String level = (row.level() != null) ? row.level()
				: (kept != null && kept.level() != null) ? kept.level() : type.attribute("level");
		List<String> domains = !row.domains().isEmpty() ? row.domains() : (kept != null) ? kept.domains() : List.of();
		return new Platform(row.code(), row.name(), pick(row.nameEn(), kept, Platform::nameEn), row.type(), level,
				pick(row.host(), kept, Platform::host), domains, stages, location, crs, lon, lat, zones, inPlan, false,
				source);
	}

	private static String pick(String given, Platform before, Function<Platform, String> stored) {
		return (given != null) ? given : (before != null) ? stored.apply(before) : null;
	}

	private List<String> zones(LonLat location, List<String> otherwise) {
		return (location != null) ? this.shapes.zonesAt(location.lon(), location.lat()) : otherwise;
	}

	private static Map<String, Platform> byCode(List<Platform> platforms) {
		return platforms.stream().collect(Collectors.toMap(Platform::code, Function.identity()));
	}

	private static Map<String, Item> items(Plan plan, ItemKind kind) {
		return plan.listItems(kind).stream().collect(Collectors.toMap(Item::code, Function.identity()));
	}

}
