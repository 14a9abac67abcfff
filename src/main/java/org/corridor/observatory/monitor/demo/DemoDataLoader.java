package org.corridor.observatory.monitor.demo;

import java.time.Clock;
import java.util.List;

import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.imports.ObservationRecord;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the demo figures once, when enabled and no demo batch exists yet. */
@Component
@ConditionalOnProperty(name = "observatory.demo.enabled", havingValue = "true")
class DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final Clock clock;

	private final long seed;

	DemoDataLoader(PlanCatalog catalog, ObservationStore store, Clock clock,
			@Value("${observatory.demo.seed}") long seed) {
		this.catalog = catalog;
		this.store = store;
		this.clock = clock;
		this.seed = seed;
	}

	@EventListener(ApplicationStartedEvent.class)
	void load() {
		Plan plan = this.catalog.current();
		if (this.store.hasDemoBatch(plan.id())) {
			return;
		}
		List<ObservationRecord> records = DemoFigures.generate(plan, this.seed, this.clock);
		this.store.store(plan.id(), "demo seed " + this.seed, "generated", null, records, true);
		log.info("Loaded {} DEMO figures (seed {}) for plan {}", records.size(), this.seed, plan.id());
	}

}
