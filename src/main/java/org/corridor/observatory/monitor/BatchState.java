package org.corridor.observatory.monitor;

/**
 * Where a batch of figures stands: waiting for an approver (未发布), published (已发布: the
 * public, the overview and the official evaluation see its figures), or withdrawn (已撤回:
 * never published, kept for the record).
 */
public enum BatchState {

	PENDING("待发布", "pending publication"),

	PUBLISHED("已发布", "published"),

	WITHDRAWN("已撤回", "withdrawn");

	private final String zh;

	private final String en;

	BatchState(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return this.en;
	}

}
