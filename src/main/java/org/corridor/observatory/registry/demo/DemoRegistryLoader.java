package org.corridor.observatory.registry.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.EnterpriseRow;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.registry.platform.PlatformFilter;
import org.corridor.observatory.registry.platform.PlatformImportResult;
import org.corridor.observatory.registry.platform.PlatformRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads a small DEMO firm population and DEMO platform histories once, when demo data is
 * enabled and none is stored, so the map, the registry and the chain analysis have
 * something to show. The firms' and invented platforms' names start with 【演示】; the plan's
 * own platforms keep their names and only their histories are invented. Every response
 * that carries them says DEMO.
 */
@Component
@ConditionalOnProperty(name = "observatory.demo.enabled", havingValue = "true")
class DemoRegistryLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistryLoader.class);

	private final PlanCatalog catalog;

	private final EnterpriseFinder finder;

	private final EnterpriseImportService imports;

	private final PlatformRegistry platforms;

	private final Clock clock;

	private final long seed;

	private final int firms;

	DemoRegistryLoader(PlanCatalog catalog, EnterpriseFinder finder, EnterpriseImportService imports,
			PlatformRegistry platforms, Clock clock, @Value("${observatory.demo.seed}") long seed,
			@Value("${observatory.demo.firms:1000}") int firms) {
		this.catalog = catalog;
		this.finder = finder;
		this.imports = imports;
		this.platforms = platforms;
		this.clock = clock;
		this.seed = seed;
		this.firms = firms;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(1)
	void load() {
		Plan plan = this.catalog.current();
		loadPlatforms(plan);
		// complete years only: a tier dated later this year would be in the future
		int lastYear = Math.min(LocalDate.now(this.clock).getYear() - 1, plan.header().endYear());
		loadFirms(plan, lastYear);
	}

	private void loadFirms(Plan plan, int lastYear) {
		if (this.firms <= 0 || this.finder.hasDemo(plan.id())) {
			return;
		}
		if (lastYear < plan.header().startYear()) {
			// a plan whose period has not yet had a complete year has no firm-years to
			// show
			log.info("No DEMO firms for plan {}: its period starts in {}", plan.id(), plan.header().startYear());
			return;
		}
		List<EnterpriseRow> rows = DemoEnterprises
			.generate(plan, this.seed, this.firms, plan.header().startYear(), lastYear)
			.toList();
		this.imports.importDemo(plan.id(), "demo seed " + this.seed, rows);
		log.info("Loaded {} DEMO firms ({} firm-years, seed {}) for plan {}", this.firms, rows.size(), this.seed,
				plan.id());
	}

	/** Demo histories of the plan's platforms, and invented platforms beside them. */
	private void loadPlatforms(Plan plan) {
		if (this.platforms.hasDemo(plan.id())) {
			return;
		}
		Map<String, Platform> stored = this.platforms.search(plan.id(), PlatformFilter.ALL)
			.stream()
			.collect(Collectors.toMap(Platform::code, Function.identity()));
		Map<String, String> levels = plan.listItems(ItemKind.PLATFORM_TYPE)
			.stream()
			.filter((type) -> type.attribute("level") != null)
			.collect(Collectors.toMap(Item::code, (type) -> type.attribute("level")));
		String source = "demo seed " + this.seed;
		LocalDate today = this.platforms.today();
		List<Platform> demo = DemoPlatforms.generate(plan, this.seed, DemoPlatforms.INVENTED).map((made) -> {
			Map<PlatformStatus, LocalDate> stages = new EnumMap<>(PlatformStatus.class);
			made.lifecycle()
				.stream()
				.filter((change) -> !change.date().isAfter(today))
				.forEach((change) -> stages.put(PlatformStatus.of(change.status()), change.date()));
			Platform named = stored.get(made.code());
			if (named != null) {
				return new Platform(named.code(), named.name(), named.nameEn(), named.type(), named.level(),
						named.host(), named.domains(), stages, named.location(), named.inputCrs(), named.inputLon(),
						named.inputLat(), named.zones(), true, true, source);
			}
			LonLat at = made.location();
			return new Platform(made.code(), made.name(), null, made.type(), levels.get(made.type()), null, List.of(),
					stages, at, (at != null) ? Crs.WGS84 : null, (at != null) ? at.lon() : null,
					(at != null) ? at.lat() : null, List.of(), false, true, source);
		}).toList();
		PlatformImportResult result = this.platforms.importDemo(plan.id(), demo);
		log.info("Loaded DEMO platform histories ({} added, {} changed, seed {}) for plan {}", result.added(),
				result.changed(), this.seed, plan.id());
	}

}
