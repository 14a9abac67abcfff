package org.corridor.observatory.monitor.validation;

import java.time.Instant;
import java.util.List;

import org.corridor.observatory.plan.Severity;

/**
 * The result of a validation run (校验运行).
 *
 * @param scope what it covered
 * @param at when it ran
 * @param rules how many rules were checked
 * @param findings the broken rules
 * @param outliers the figures flagged as outliers
 */
public record ValidationRun(ValidationScope scope, Instant at, int rules, List<Finding> findings,
		List<Outlier> outliers) {

	public long count(Severity severity) {
		return this.findings.stream().filter((finding) -> finding.severity() == severity).count();
	}

}
