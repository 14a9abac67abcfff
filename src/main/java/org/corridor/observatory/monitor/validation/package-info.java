/**
 * Validation (数据校验) beyond the built-in checks of each figure: rules between figures
 * written as data ({@link org.corridor.observatory.plan.FigureRule}, the
 * {@code rules.yaml} of the version of the plan in force; the administrator's edits are
 * proposed as a plan adjustment and count once approved), findings with their severity
 * (an error blocks an upload or a round's submission; a warning must be acknowledged with
 * a comment first), outliers flagged for the reviewer (year-on-year change, robust
 * z-scores over the zone's series and over its peers), and validation runs over a round,
 * a zone or the whole database.
 */
package org.corridor.observatory.monitor.validation;
