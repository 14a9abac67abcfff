package org.corridor.observatory.web;

import java.util.Locale;

import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.enterprise.EnterpriseFinder;
import org.corridor.observatory.registry.platform.PlatformRegistry;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every dashboard page shows around its content: the plan, whether demo figures,
 * firms or platforms are loaded (the DEMO banner), the language, the number formats, and
 * the names that codes stand for ({@link Names}).
 */
@ControllerAdvice(annotations = PageController.class)
class PageModelAdvice {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	private final EnterpriseFinder firms;

	private final PlatformRegistry platforms;

	PageModelAdvice(PlanCatalog catalog, ObservationStore store, EnterpriseFinder firms, PlatformRegistry platforms) {
		this.catalog = catalog;
		this.store = store;
		this.firms = firms;
		this.platforms = platforms;
	}

	@ModelAttribute
	void common(Model model, Locale locale) {
		Plan plan = this.catalog.current();
		model.addAttribute("plan", plan);
		model.addAttribute("header", plan.header());
		model.addAttribute("demo",
				this.store.hasDemo(plan.id()) || this.firms.hasDemo(plan.id()) || this.platforms.hasDemo(plan.id()));
		model.addAttribute("lang", "en".equals(locale.getLanguage()) ? "en" : "zh");
		model.addAttribute("fmt", new Formats());
		model.addAttribute("names", new Names(plan, locale));
	}

}
