package org.corridor.observatory.plan;

import java.util.Locale;

/** The level of a zone: 走廊, 区域, 科技城, 联动翼, 创新圈, 小镇/园区, 区县, 乡镇街道. */
public enum ZoneLevel implements HasLabel {

	CORRIDOR("走廊", "Corridor"), AREA("区域", "Area"), CITY("科技城", "Sci-tech city"), WING("联动翼", "Wing"),
	CIRCLE("创新圈", "Innovation circle"), TOWN("小镇/园区", "Town or park"), DISTRICT("区县", "District"),
	TOWNSHIP("乡镇街道", "Township");

	private final LocalizedText label;

	ZoneLevel(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	public static ZoneLevel parse(String text) {
		return valueOf(text.toUpperCase(Locale.ROOT));
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

}
