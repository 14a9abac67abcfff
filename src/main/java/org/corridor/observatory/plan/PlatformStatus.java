package org.corridor.observatory.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The stages of a platform's life, in order: planned (谋划), under construction (建设中),
 * operating (运行), then accredited (认定) or evaluated (评估验收); the last two are alternatives
 * after operating, neither follows the other.
 */
public enum PlatformStatus implements HasLabel {

	PLANNED("谋划", "planned"),

	UNDER_CONSTRUCTION("建设中", "under construction"),

	OPERATING("运行", "operating"),

	ACCREDITED("获批认定", "accredited"),

	EVALUATED("评估验收", "evaluated");

	private final LocalizedText label;

	PlatformStatus(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	/** The code as packs and files write it: {@code under_construction}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

	/**
	 * The stages whose date shows this one was reached: itself and the later ones on its
	 * path (reaching accredited shows it was operating, not that it was evaluated).
	 */
	public List<PlatformStatus> reachedThrough() {
		return switch (this) {
			case ACCREDITED, EVALUATED -> List.of(this);
			default -> Arrays.stream(values()).filter((status) -> status.ordinal() >= ordinal()).toList();
		};
	}

	/** The stage a code names, in any case, or null. */
	public static PlatformStatus of(String code) {
		return Arrays.stream(values()).filter((s) -> s.code().equalsIgnoreCase(code)).findFirst().orElse(null);
	}

	/** Every stage's code. */
	public static List<String> codes() {
		return Arrays.stream(values()).map(PlatformStatus::code).toList();
	}

}
