package org.corridor.observatory.report;

import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.plan.LocalizedText;

/**
 * The progress words of Chinese plan evaluations (进展评价, as the NDRC's mid-term
 * evaluations use them), mapped from the platform's statuses ({@link Status}) and the
 * performance ratio R = C/τ:
 * <table>
 * <caption>mapping</caption>
 * <tr>
 * <th>platform status</th>
 * <th>R</th>
 * <th>report word</th>
 * </tr>
 * <tr>
 * <td>达标 ACHIEVED</td>
 * <td>any</td>
 * <td>提前实现 (ahead: the target is met already)</td>
 * </tr>
 * <tr>
 * <td>序时推进 ON_TRACK</td>
 * <td>R ≥ {@value #FASTER_RATIO}</td>
 * <td>快于预期 (faster than expected)</td>
 * </tr>
 * <tr>
 * <td>序时推进 ON_TRACK</td>
 * <td>R &lt; {@value #FASTER_RATIO} or none</td>
 * <td>基本符合预期 (broadly as expected)</td>
 * </tr>
 * <tr>
 * <td>滞后 LAGGING, 严重滞后 OFF_TRACK</td>
 * <td>any</td>
 * <td>滞后 (lagging; the report's problems section says which are off track)</td>
 * </tr>
 * <tr>
 * <td>无数据 NO_DATA</td>
 * <td></td>
 * <td>暂无数据 (not rated)</td>
 * </tr>
 * <tr>
 * <td>未分解目标 NO_TARGET</td>
 * <td></td>
 * <td>未分解目标 (not rated: shown by its contribution)</td>
 * </tr>
 * </table>
 * ON_TRACK starts at R ≥ 0.95 with the default bands, so "broadly as expected" covers
 * 0.95 ≤ R &lt; 1.10 and "faster" a lead of a tenth of the time or more.
 */
public enum NdrcRating {

	AHEAD("提前实现", "achieved ahead of time"), FASTER("快于预期", "faster than expected"),
	AS_EXPECTED("基本符合预期", "broadly as expected"), LAGGING("滞后", "lagging"), NO_DATA("暂无数据", "no data"),
	NO_TARGET("未分解目标", "no zone target");

	/**
	 * The lowest performance ratio R of an on-track indicator rated faster than expected.
	 */
	public static final double FASTER_RATIO = 1.10;

	private final LocalizedText label;

	NdrcRating(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	public LocalizedText label() {
		return this.label;
	}

	/** Whether the indicator was rated at all (had figures and a target). */
	public boolean rated() {
		return this != NO_DATA && this != NO_TARGET;
	}

	/** The word for an evaluation. */
	public static NdrcRating of(IndicatorEvaluation evaluation) {
		return of(evaluation.status(), evaluation.performanceRatio());
	}

	/** The word for a status and a performance ratio (null when there is none). */
	public static NdrcRating of(Status status, Double performanceRatio) {
		return switch (status) {
			case ACHIEVED -> AHEAD;
			case ON_TRACK -> (performanceRatio != null && performanceRatio >= FASTER_RATIO) ? FASTER : AS_EXPECTED;
			case LAGGING, OFF_TRACK -> LAGGING;
			case NO_DATA -> NO_DATA;
			case NO_TARGET -> NO_TARGET;
		};
	}

}
