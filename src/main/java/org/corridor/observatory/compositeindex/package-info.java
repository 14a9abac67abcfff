/**
 * The composite index (综合指数): an index defined as data in the plan pack
 * ({@code indices.yaml}: pillars, the plan's indicators, directions, weights,
 * normalisation, aggregation, missing-data rule), scored per zone and year from the
 * published figures with each score's decomposition into pillars and indicators, and a
 * Monte Carlo sensitivity analysis of the ranks over weights, normalisation and
 * aggregation. The arithmetic
 * ({@link org.corridor.observatory.compositeindex.IndexCalculator},
 * {@link org.corridor.observatory.compositeindex.SensitivityAnalysis}) works on a
 * {@link org.corridor.observatory.compositeindex.FigureTable} and knows no database;
 * {@link org.corridor.observatory.compositeindex.CompositeIndexService} fills the table
 * through the monitor's {@code EvaluationService}.
 */
package org.corridor.observatory.compositeindex;
