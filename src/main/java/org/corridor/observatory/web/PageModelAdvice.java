package org.corridor.observatory.web;

import java.util.Locale;

import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every dashboard page shows around its content: the plan, whether demo figures are
 * loaded (the DEMO banner), the language, and the number formats.
 */
@ControllerAdvice(annotations = Controller.class, basePackageClasses = PageModelAdvice.class)
class PageModelAdvice {

	private final PlanCatalog catalog;

	private final ObservationStore store;

	PageModelAdvice(PlanCatalog catalog, ObservationStore store) {
		this.catalog = catalog;
		this.store = store;
	}

	@ModelAttribute
	void common(Model model, Locale locale) {
		Plan plan = this.catalog.current();
		model.addAttribute("plan", plan);
		model.addAttribute("header", plan.header());
		model.addAttribute("demo", this.store.hasDemo(plan.id()));
		model.addAttribute("lang", "en".equals(locale.getLanguage()) ? "en" : "zh");
		model.addAttribute("fmt", new Formats());
	}

}
