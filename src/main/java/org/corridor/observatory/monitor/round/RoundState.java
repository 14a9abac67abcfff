package org.corridor.observatory.monitor.round;

import org.corridor.observatory.plan.HasLabel;
import org.corridor.observatory.plan.LocalizedText;

/**
 * Where a zone's figures stand in a reporting round (填报 → 审核 → 审定 → 发布). A reporter fills
 * in a draft and submits it; the district reviewer approves it or returns it with a
 * comment; the corridor approver's approval (审定) publishes it. Published figures are
 * locked: un-approving them, with a reason, returns them for a correction that goes
 * through the same steps, and the published values stay until the correction is
 * published.
 */
public enum RoundState implements HasLabel {

	DRAFT("填报中", "draft"),

	SUBMITTED("已提交", "submitted"),

	RETURNED("已退回", "returned"),

	DISTRICT_APPROVED("区县已审核", "district-approved"),

	PUBLISHED("已发布", "published");

	private final LocalizedText label;

	RoundState(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

	/** Whether the reporter may still change the figures. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
