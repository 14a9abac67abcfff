package org.corridor.observatory.monitor;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

import org.corridor.observatory.plan.LocalizedText;

/**
 * Where an indicator stands in a year (评估状态). The first four are ordered by
 * {@link #severity()}; {@link #NO_DATA} stands aside, since a missing figure says nothing
 * about progress, and is the worst of a group only when nothing in it was measured;
 * {@link #NO_TARGET} stands further aside still.
 */
public enum Status {

	ACHIEVED(0, "达标", "achieved"), ON_TRACK(1, "序时推进", "on track"), LAGGING(2, "滞后", "lagging"),
	OFF_TRACK(3, "严重滞后", "off track"), NO_DATA(-1, "无数据", "no data"),

	/**
	 * A zone the plan decomposed no target to: not judged against the corridor's target,
	 * shown by its contribution instead; it outranks nothing, not even {@link #NO_DATA}.
	 */
	NO_TARGET(-2, "未分解目标", "no zone target");

	private final int severity;

	private final String zh;

	private final String en;

	Status(int severity, String zh, String en) {
		this.severity = severity;
		this.zh = zh;
		this.en = en;
	}

	/**
	 * How bad the status is, from 0 ({@link #ACHIEVED}) to 3 ({@link #OFF_TRACK}); -1 for
	 * {@link #NO_DATA} and -2 for {@link #NO_TARGET}, so that any measured status
	 * outranks them.
	 */
	public int severity() {
		return this.severity;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return this.en;
	}

	public LocalizedText label() {
		return LocalizedText.of(this.zh, this.en);
	}

	/** The worse of this status and {@code other}. */
	public Status atLeast(Status other) {
		return worst(this, other);
	}

	/**
	 * The most severe of the statuses; {@link #NO_DATA} if all are, or if there are none.
	 */
	public static Status worst(Status... statuses) {
		return worst(Arrays.asList(statuses));
	}

	/**
	 * The most severe of the statuses; {@link #NO_DATA} if all are, or if there are none.
	 */
	public static Status worst(Collection<Status> statuses) {
		return statuses.stream().max(Comparator.comparingInt(Status::severity)).orElse(NO_DATA);
	}

}
