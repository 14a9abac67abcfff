package org.corridor.observatory.registry.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.EnterpriseFinder;
import org.corridor.observatory.registry.EnterpriseImportService;
import org.corridor.observatory.registry.EnterpriseRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads a small DEMO firm population once, when demo data is enabled and none is stored,
 * so the map and the registry have something to show. The firms' names start with 【演示】
 * and every response that carries them says DEMO.
 */
@Component
@ConditionalOnProperty(name = "observatory.demo.enabled", havingValue = "true")
class DemoRegistryLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistryLoader.class);

	private final PlanCatalog catalog;

	private final EnterpriseFinder finder;

	private final EnterpriseImportService imports;

	private final Clock clock;

	private final long seed;

	private final int firms;

	DemoRegistryLoader(PlanCatalog catalog, EnterpriseFinder finder, EnterpriseImportService imports, Clock clock,
			@Value("${observatory.demo.seed}") long seed, @Value("${observatory.demo.firms:1000}") int firms) {
		this.catalog = catalog;
		this.finder = finder;
		this.imports = imports;
		this.clock = clock;
		this.seed = seed;
		this.firms = firms;
	}

	@EventListener(ApplicationStartedEvent.class)
	void load() {
		Plan plan = this.catalog.current();
		if (this.firms <= 0 || this.finder.hasDemo(plan.id())) {
			return;
		}
		// complete years only: a tier dated later this year would be in the future
		int lastYear = Math.min(LocalDate.now(this.clock).getYear() - 1, plan.header().endYear());
		List<EnterpriseRow> rows = DemoEnterprises
			.generate(plan, this.seed, this.firms, plan.header().startYear(), lastYear)
			.toList();
		this.imports.importDemo(plan.id(), "demo seed " + this.seed, rows);
		log.info("Loaded {} DEMO firms ({} firm-years, seed {}) for plan {}", this.firms, rows.size(), this.seed,
				plan.id());
	}

}
