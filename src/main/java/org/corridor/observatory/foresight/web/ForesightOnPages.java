package org.corridor.observatory.foresight.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;

import org.corridor.observatory.foresight.ForecastService;
import org.corridor.observatory.foresight.PlanForecast;
import org.corridor.observatory.foresight.RequiredGrowth;
import org.corridor.observatory.foresight.RequiredGrowthService;
import org.corridor.observatory.foresight.SeriesForecast;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the forecasts on the overview and the indicator page (their templates show them
 * when the model has {@code foresight}), and the growth each indicator needs
 * ({@code required} on the indicator page, {@code requiredGrowth} by code on the
 * overview), so that the monitoring pages need not know forecasting: as of the year
 * shown, for the zone shown, with unpublished figures when the page shows them. A page of
 * figures as published on a past day gets none.
 */
@Configuration(proxyBeanMethods = false)
class ForesightOnPages implements WebMvcConfigurer {

	private final ForecastService forecasts;

	private final RequiredGrowthService required;

	private final PlanCatalog catalog;

	ForesightOnPages(ForecastService forecasts, RequiredGrowthService required, PlanCatalog catalog) {
		this.forecasts = forecasts;
		this.required = required;
		this.catalog = catalog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && view.getModel().get("asOf") == null) {
					addForecasts(view);
				}
			}
		}).addPathPatterns("/", "/indicators/*");
	}

	private void addForecasts(ModelAndView view) {
		String planId = this.catalog.current().id();
		boolean unpublished = Boolean.TRUE.equals(view.getModel().get("unpublished"));
		if ("indicator".equals(view.getViewName()) && view.getModel().get("evaluation") instanceof IndicatorEvaluation e
				&& view.getModel().get("indicator") instanceof Indicator indicator
				&& view.getModel().get("zone") instanceof Zone zone) {
			SeriesForecast forecast = this.forecasts.forecast(planId, indicator.code().value(), zone.code(), e.year(),
					unpublished);
			view.addObject("foresight", forecast);
			view.addObject("required", this.required.required(planId, forecast));
		}
		else if ("overview".equals(view.getViewName())
				&& view.getModel().get("evaluation") instanceof PlanEvaluation e) {
			PlanForecast plan = this.forecasts.forecastPlan(planId, e.zoneCode(), e.year(), unpublished);
			view.addObject("foresight", plan);
			Map<String, RequiredGrowth> required = new HashMap<>();
			plan.forecasts().forEach((f) -> required.put(f.indicatorCode(), this.required.required(planId, f)));
			view.addObject("requiredGrowth", required);
		}
	}

}
