package org.corridor.observatory.chain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateImportResult;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.chain.reference.ReferenceFigure;
import org.corridor.observatory.chain.reference.ReferenceImportResult;
import org.corridor.observatory.chain.reference.ReferenceRegion;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the chain analysis's DEMO inputs once, when demo data is enabled and none is
 * stored: a list of candidate firms to attract and a reference region for location
 * quotients. Their names start with 【演示】, and every response that carries them says DEMO.
 */
@Component
@ConditionalOnProperty(name = "observatory.demo.enabled", havingValue = "true")
class DemoChainInputsLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoChainInputsLoader.class);

	private final PlanCatalog catalog;

	private final CandidateList candidates;

	private final ReferenceRegion reference;

	private final Clock clock;

	private final long seed;

	private final int candidateCount;

	DemoChainInputsLoader(PlanCatalog catalog, CandidateList candidates, ReferenceRegion reference, Clock clock,
			@Value("${observatory.demo.seed}") long seed,
			@Value("${observatory.demo.candidates:200}") int candidateCount) {
		this.catalog = catalog;
		this.candidates = candidates;
		this.reference = reference;
		this.clock = clock;
		this.seed = seed;
		this.candidateCount = candidateCount;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(2)
	void load() {
		Plan plan = this.catalog.current();
		// complete years only, as the demo firms
		int lastYear = Math.min(LocalDate.now(this.clock).getYear() - 1, plan.header().endYear());
		loadCandidates(plan);
		loadReference(plan, lastYear);
	}

	/** A demo list of candidate firms to attract, unless the plan has a list. */
	private void loadCandidates(Plan plan) {
		if (this.candidateCount <= 0 || !this.candidates.listCandidates(plan.id()).isEmpty()) {
			return;
		}
		List<CandidateFirm> made = DemoCandidates.generate(plan, this.seed, this.candidateCount);
		CandidateImportResult result = this.candidates.importDemo(plan.id(), made);
		log.info("Loaded {} DEMO candidate firms (seed {}) for plan {}", result.candidates(), this.seed, plan.id());
	}

	/**
	 * A demo reference region for the plan's complete years, unless the plan has
	 * reference figures.
	 */
	private void loadReference(Plan plan, int lastYear) {
		int firstYear = plan.header().startYear();
		if (lastYear < firstYear || !this.reference.listFigures(plan.id()).isEmpty()) {
			return;
		}
		List<Integer> years = IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
		List<ReferenceFigure> made = DemoReference.generate(plan, this.seed, years);
		ReferenceImportResult result = this.reference.importDemo(plan.id(), DemoReference.REGION, made);
		log.info("Loaded {} DEMO reference-region figures for {}–{} (seed {}, not real statistics) for plan {}",
				result.figures(), firstYear, lastYear, this.seed, plan.id());
	}

}
