package org.corridor.observatory.monitor.imports;

import org.corridor.observatory.tabular.Cells;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of an observation file, known by a Chinese and an English header. The order in
 * which the file places them is free.
 */
enum Column {

	INDICATOR("指标代码", "indicator_code", true, 16),

	ZONE("空间单元代码", "zone_code", true, 16),

	PERIOD("期间", "period", true, 10),

	VALUE("数值", "value", true, 14),

	SOURCE("来源", "source", false, 30),

	NOTE("备注", "note", false, 40);

	private final String zh;

	private final String en;

	private final boolean required;

	private final int width;

	Column(String zh, String en, boolean required, int width) {
		this.zh = zh;
		this.en = en;
		this.required = required;
		this.width = width;
	}

	/**
	 * The column a header names: matched after trimming, ignoring case, in either
	 * language.
	 */
	static Optional<Column> forHeader(String header) {
		String wanted = Cells.clean(header).toLowerCase(Locale.ROOT);
		for (Column column : values()) {
			if (column.zh.equals(wanted) || column.en.equals(wanted)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	String zh() {
		return this.zh;
	}

	String en() {
		return this.en;
	}

	/** Both headers, for messages about a column the file does not have. */
	String bilingual() {
		return this.zh + " / " + this.en;
	}

	String header(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.zh : this.en;
	}

	boolean required() {
		return this.required;
	}

	/** Width in characters of the template column. */
	int width() {
		return this.width;
	}

}
