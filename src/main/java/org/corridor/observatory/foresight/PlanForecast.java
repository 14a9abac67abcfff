package org.corridor.observatory.foresight;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every indicator of the plan forecast in one zone.
 *
 * @param planId the plan
 * @param zoneCode the zone
 * @param asOfYear the latest year whose figures count
 * @param chosen the method shown by default
 * @param forecasts one per indicator, in the plan's order
 * @param demo whether any figure used is demo data
 * @param unpublished whether any figure used is not yet published
 */
public record PlanForecast(String planId, String zoneCode, int asOfYear, Method chosen, List<SeriesForecast> forecasts,
		boolean demo, boolean unpublished) {

	public PlanForecast {
		forecasts = List.copyOf(forecasts);
	}

	/** The forecasts by indicator code. */
	public Map<String, SeriesForecast> byCode() {
		return this.forecasts.stream()
			.collect(Collectors.toUnmodifiableMap(SeriesForecast::indicatorCode, Function.identity()));
	}

}
