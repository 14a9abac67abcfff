package org.corridor.observatory.monitor;

import org.corridor.observatory.plan.HasLabel;
import org.corridor.observatory.plan.LocalizedText;

/**
 * Where a batch of figures stands: waiting for an approver (未发布), published (已发布: the
 * public, the overview and the official evaluation see its figures), or withdrawn (已撤回:
 * never published, kept for the record).
 */
public enum BatchState implements HasLabel {

	PENDING("待发布", "pending publication"),

	PUBLISHED("已发布", "published"),

	WITHDRAWN("已撤回", "withdrawn");

	private final LocalizedText label;

	BatchState(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

}
