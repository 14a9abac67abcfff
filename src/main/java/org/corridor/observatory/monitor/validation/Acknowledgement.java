package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.time.Instant;

import org.corridor.observatory.monitor.UploadWarning;

/**
 * A warning acknowledged with a comment (警告说明): who, when, why, for which values. A
 * round's warnings and an upload's warnings and outliers are acknowledged alike.
 *
 * @param rule the rule code
 * @param zone the zone the finding is for
 * @param year the year
 * @param left the left value acknowledged
 * @param right the right value acknowledged
 * @param comment the comment
 * @param by who acknowledged it
 * @param at when
 */
public record Acknowledgement(String rule, String zone, int year, BigDecimal left, BigDecimal right, String comment,
		String by, Instant at) {

	/** Whether it acknowledges {@code finding} as it stands (values unchanged). */
	public boolean covers(Finding finding) {
		return this.rule.equals(finding.rule().code()) && this.zone.equals(finding.zone())
				&& this.year == finding.year() && this.left.compareTo(finding.left()) == 0
				&& this.right.compareTo(finding.right()) == 0;
	}

	/**
	 * Whether it acknowledges an upload's {@code warning} as it stands (values
	 * unchanged).
	 */
	public boolean covers(UploadWarning warning) {
		return this.rule.equals(warning.code()) && this.zone.equals(warning.zone()) && this.year == warning.year()
				&& this.left.compareTo(warning.value()) == 0 && this.right.compareTo(warning.reference()) == 0;
	}

}
