package org.corridor.observatory.foresight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.foresight.ForecastService;
import org.corridor.observatory.foresight.PlanBacktest;
import org.corridor.observatory.foresight.PlanForecast;
import org.corridor.observatory.foresight.SeriesForecast;
import org.corridor.observatory.web.Labelled;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forecasts with their uncertainty: every indicator of a zone, one indicator, and the
 * backtest that chose the method. Published figures only unless an insider asks for
 * unpublished ones, as for evaluations; demo figures are labelled.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/forecasts")
@Tag(name = "forecasts", description = "预测 / forecasts, their intervals and the probability of meeting targets")
class ForecastApiController {

	private final ForecastService forecasts;

	ForecastApiController(ForecastService forecasts) {
		this.forecasts = forecasts;
	}

	@GetMapping
	@Operation(summary = "Every indicator of a zone forecast to the milestones after the year (default: the latest)")
	Labelled<PlanForecast> forecastPlan(@PathVariable String planId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		PlanForecast forecast = this.forecasts.forecastPlan(planId, zone, year(year), includeUnpublished);
		return Labelled.of(forecast.demo(), forecast);
	}

	@GetMapping("/backtest")
	@Operation(summary = "The backtest of every method over the plan's series: MAPE, interval coverage, Brier score")
	Labelled<PlanBacktest> backtest(@PathVariable String planId) {
		PlanBacktest backtest = this.forecasts.backtest(planId);
		return Labelled.of(backtest.demo(), backtest);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One indicator forecast by every method, with the probability of meeting each target")
	Labelled<SeriesForecast> forecast(@PathVariable String planId, @PathVariable String code,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String zone,
			@RequestParam(defaultValue = "false") boolean includeUnpublished) {
		SeriesForecast forecast = this.forecasts.forecast(planId, code, zone, year(year), includeUnpublished);
		return Labelled.of(forecast.demo(), forecast);
	}

	static Integer year(Integer year) {
		if (year != null && (year < 1900 || year > 2200)) {
			throw new IllegalArgumentException("年份不合理: " + year + " / not a plausible year: " + year);
		}
		return year;
	}

}
