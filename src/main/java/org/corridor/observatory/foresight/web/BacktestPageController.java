package org.corridor.observatory.foresight.web;

import org.corridor.observatory.foresight.ForecastService;
import org.corridor.observatory.foresight.Method;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The backtest page (回测): how each forecasting method would have done. */
@PageController
class BacktestPageController {

	private final ForecastService forecasts;

	private final PlanCatalog catalog;

	BacktestPageController(ForecastService forecasts, PlanCatalog catalog) {
		this.forecasts = forecasts;
		this.catalog = catalog;
	}

	@GetMapping("/foresight/backtest")
	String backtest(Model model) {
		model.addAttribute("backtest", this.forecasts.backtest(this.catalog.current().id()));
		model.addAttribute("methods", Method.values());
		model.addAttribute("halfLife", Method.HALF_LIFE);
		return "foresight/backtest";
	}

}
