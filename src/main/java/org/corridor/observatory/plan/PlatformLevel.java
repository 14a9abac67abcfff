package org.corridor.observatory.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The level that accredits or runs a platform: 国家级, 省级, 市级 or 区级. */
public enum PlatformLevel implements HasLabel {

	NATIONAL("国家级", "national"),

	PROVINCIAL("省级", "provincial"),

	MUNICIPAL("市级", "municipal"),

	DISTRICT("区级", "district");

	private final LocalizedText label;

	PlatformLevel(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	/** The code as packs and files write it: {@code national}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

	/** The level a code or Chinese name (国家级, 省级 …) names, or null. */
	public static PlatformLevel of(String text) {
		return Arrays.stream(values())
			.filter((level) -> level.code().equalsIgnoreCase(text) || level.label.zh().equals(text))
			.findFirst()
			.orElse(null);
	}

	/** Every level's code. */
	public static List<String> codes() {
		return Arrays.stream(values()).map(PlatformLevel::code).toList();
	}

}
