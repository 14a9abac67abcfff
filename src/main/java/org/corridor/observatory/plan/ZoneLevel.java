package org.corridor.observatory.plan;

import java.util.Locale;

/** The level of a zone: 走廊, 区域, 科技城, 联动翼, 创新圈, 小镇/园区, 区县, 乡镇街道. */
public enum ZoneLevel {

	CORRIDOR, AREA, CITY, WING, CIRCLE, TOWN, DISTRICT, TOWNSHIP;

	public static ZoneLevel parse(String text) {
		return valueOf(text.toUpperCase(Locale.ROOT));
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
