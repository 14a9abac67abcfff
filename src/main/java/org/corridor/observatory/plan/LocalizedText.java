package org.corridor.observatory.plan;

import java.util.Locale;

/**
 * A text in Simplified Chinese and English. Traditional Chinese is rendered from the
 * Simplified form, never stored.
 *
 * @param zh the Simplified Chinese text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

	public LocalizedText {
		if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("both zh and en are required: " + zh + " / " + en);
		}
	}

	public static LocalizedText of(String zh, String en) {
		return new LocalizedText(zh, en);
	}

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.en : this.zh;
	}

	@Override
	public String toString() {
		return this.zh + " / " + this.en;
	}

}
