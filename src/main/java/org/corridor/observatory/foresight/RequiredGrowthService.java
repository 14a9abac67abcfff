package org.corridor.observatory.foresight;

import java.util.List;

import org.corridor.observatory.monitor.EvaluationBands;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.TargetBasis;
import org.corridor.observatory.plan.Frequency;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.stereotype.Service;

/**
 * The growth each indicator needs to reach its next target (所需增速), from the figures the
 * forecasts rest on (the same rules of published and unpublished figures, the zone's own
 * targets) and beside the forecast of the target's year ({@link RequiredGrowth}).
 */
@Service
public class RequiredGrowthService {

	private final PlanCatalog catalog;

	private final ForecastService forecasts;

	private final EvaluationService evaluations;

	private final double tolerance;

	RequiredGrowthService(PlanCatalog catalog, ForecastService forecasts, EvaluationService evaluations,
			EvaluationBands bands) {
		this.catalog = catalog;
		this.forecasts = forecasts;
		this.evaluations = evaluations;
		this.tolerance = bands.approxTolerance();
	}

	/**
	 * Every indicator in a zone (null: the plan's root zone) as of a year (null: the
	 * latest).
	 */
	public PlanRequiredGrowth requiredPlan(String planId, String zoneCode, Integer asOf, boolean includeUnpublished) {
		PlanForecast plan = this.forecasts.forecastPlan(planId, zoneCode, asOf, includeUnpublished);
		List<RequiredGrowth> rows = plan.forecasts().stream().map((f) -> required(planId, f)).toList();
		return new PlanRequiredGrowth(planId, plan.zoneCode(), plan.asOfYear(), rows,
				rows.stream().anyMatch(RequiredGrowth::demo), rows.stream().anyMatch(RequiredGrowth::unpublished));
	}

	/**
	 * One indicator in a zone (null: the plan's root zone) as of a year (null: the
	 * latest).
	 */
	public RequiredGrowth required(String planId, String code, String zoneCode, Integer asOf,
			boolean includeUnpublished) {
		return required(planId, this.forecasts.forecast(planId, code, zoneCode, asOf, includeUnpublished));
	}

	/** The growth needed by the series a forecast rests on. */
	public RequiredGrowth required(String planId, SeriesForecast forecast) {
		Plan plan = this.catalog.getPlan(planId);
		Indicator indicator = plan.getIndicator(forecast.indicatorCode());
		String zone = forecast.zoneCode();
		if (indicator.frequency() == Frequency.ONCE) {
			return new RequiredGrowth(forecast.indicatorCode(), zone, RequiredGrowth.Verdict.NOT_A_SERIES, null, null,
					null, null, null, null, null, null, null, null, null, null,
					LocalizedText.of("一次性指标，不计算增速", "a figure stated once: no growth to require"), forecast.demo(),
					forecast.unpublished());
		}
		TargetBasis basis = this.evaluations.targetBasis(planId, indicator.code().value(), zone);
		int[] years = forecast.figures().stream().mapToInt(SeriesForecast.Figure::year).toArray();
		double[] values = forecast.figures().stream().mapToDouble(SeriesForecast.Figure::value).toArray();
		MethodForecast main = forecast.main();
		RequiredGrowth.Shape shape = new RequiredGrowth.Shape(indicator.figures().kind(),
				indicator.figures().cumulative(), indicator.direction(), indicator.unit());
		return RequiredGrowth.assess(indicator.code().value(), zone, shape, years, values, basis.targets(),
				(main != null) ? main.milestones() : List.of(), this.tolerance, forecast.demo(),
				forecast.unpublished());
	}

}
