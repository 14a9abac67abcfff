package org.corridor.observatory.foresight;

import java.util.List;

/**
 * One method's forecast of one series, or why there is none.
 *
 * @param method the method
 * @param available whether it could be made
 * @param reasonZh why not, in Chinese, or null
 * @param reasonEn why not, in English, or null
 * @param figures how many figures it rests on
 * @param slope the fitted yearly change (on the logarithms for compound growth)
 * @param growthRate the yearly growth rate e^b − 1 of compound growth, else null
 * @param residualSe the residual standard error s of the fit
 * @param path every year forecast, from the year after the latest figure
 * @param milestones the targets due in those years, with the probability of meeting each
 */
public record MethodForecast(Method method, boolean available, String reasonZh, String reasonEn, int figures,
		Double slope, Double growthRate, Double residualSe, List<YearForecast> path,
		List<MilestoneForecast> milestones) {

	public MethodForecast {
		path = List.copyOf(path);
		milestones = List.copyOf(milestones);
	}

	static MethodForecast unavailable(Method method, String zh, String en) {
		return new MethodForecast(method, false, zh, en, 0, null, null, null, List.of(), List.of());
	}

	/** The forecast of one year, if it reaches it. */
	public YearForecast at(int year) {
		return this.path.stream().filter((y) -> y.year() == year).findFirst().orElse(null);
	}

}
