package org.corridor.observatory.plan;

import java.util.Locale;

/**
 * What a broken rule between figures does: an error (错误) blocks the submission or upload,
 * a warning (警告) must be acknowledged with a comment before submission.
 */
public enum Severity implements HasLabel {

	ERROR("错误", "error"), WARNING("警告", "warning");

	private final LocalizedText label;

	Severity(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

}
