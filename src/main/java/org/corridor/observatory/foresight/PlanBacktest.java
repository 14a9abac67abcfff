package org.corridor.observatory.foresight;

/**
 * The backtest of a plan's series: every indicator in every zone, from the published
 * figures.
 *
 * @param planId the plan
 * @param asOfYear the latest year whose figures count
 * @param report what it found
 * @param demo whether any figure tested is demo data
 */
public record PlanBacktest(String planId, int asOfYear, BacktestReport report, boolean demo) {
}
