/**
 * What-if scenarios (模拟推演): a scenario is a named set of assumptions (假设) about the
 * plan's future, saved in versions; running it sets every indicator's outcome at each
 * milestone still ahead against its targets, beside the baseline forecast (基准预测) and
 * other scenarios.
 * <p>
 * Four kinds of assumption: a yearly growth rate of an indicator in a zone from a year on
 * ({@link AssumptionKind#GROWTH}); a firm of the candidate list landing in a zone in a
 * year ({@link AssumptionKind#LANDING}); a platform of the registry reaching a stage by a
 * year ({@link AssumptionKind#PLATFORM}); a zone counted into or out of the corridor from
 * a year ({@link AssumptionKind#BOUNDARY}). {@link ScenarioRunner} applies them to the
 * forecasts of {@code foresight}; {@link Scenarios} keeps them, every save a new version,
 * never deleted but archived. docs/scenarios.md says how each kind is applied.
 */
package org.corridor.observatory.scenario;
