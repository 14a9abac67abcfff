package org.corridor.observatory.scenario.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.plan.Direction;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.scenario.Assumption;
import org.corridor.observatory.scenario.ScenarioDraft;
import org.corridor.observatory.scenario.Scenarios;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Saves one DEMO what-if scenario once, when demo data is enabled and the plan has none,
 * so that the scenario pages and the report have something to show: the first reported
 * indicator that should rise grows 12 % a year in the corridor from the year before the
 * plan's last year, and the first DEMO candidate firm lands in the first reporting
 * district in the last year. Its name starts with 【演示】; its runs rest on DEMO figures and
 * a DEMO candidate, and say so.
 */
@Component
@ConditionalOnProperty(name = "observatory.demo.enabled", havingValue = "true")
class DemoScenarioLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoScenarioLoader.class);

	private final PlanCatalog catalog;

	private final Scenarios scenarios;

	DemoScenarioLoader(PlanCatalog catalog, Scenarios scenarios) {
		this.catalog = catalog;
		this.scenarios = scenarios;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(3)
	void load() {
		Plan plan = this.catalog.current();
		if (!this.scenarios.listScenarios(plan.id(), true).isEmpty()) {
			return;
		}
		int last = plan.header().endYear();
		List<Assumption> assumptions = new ArrayList<>();
		plan.listIndicators()
			.stream()
			.filter((i) -> i.query() == null && i.direction() == Direction.HIGHER && !i.targets().isEmpty())
			.map(Indicator::code)
			.findFirst()
			.ifPresent((code) -> assumptions
				.add(Assumption.growth(code.value(), plan.rootZone().code(), last - 1, new BigDecimal("12"))));
		String district = plan.listZones()
			.stream()
			.filter((z) -> z.level() == ZoneLevel.DISTRICT && z.reporting())
			.map(Zone::code)
			.findFirst()
			.orElse(null);
		this.scenarios.candidates(plan.id())
			.values()
			.stream()
			.filter((firm) -> firm.demo() && district != null)
			.findFirst()
			.ifPresent((firm) -> assumptions.add(Assumption.landing(firm.id(), district, last)));
		if (assumptions.isEmpty()) {
			return;
		}
		try {
			this.scenarios.create(plan.id(),
					new ScenarioDraft("【演示】加快发展", "演示情景（DEMO）：核心指标提速，招引一家候选企业落地。", "演示数据 / demo data", assumptions));
			log.info("Saved a DEMO what-if scenario with {} assumptions for plan {}", assumptions.size(), plan.id());
		}
		catch (ImportRejectedException ex) {
			log.warn("The DEMO what-if scenario was refused: {}", ex.getMessage());
		}
	}

}
