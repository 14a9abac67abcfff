package org.corridor.observatory.registry.platform;

import java.time.LocalDate;
import java.util.Locale;

import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.ChineseNames;

/**
 * What a platform search asks for; a blank field matches every platform.
 *
 * @param text part of the name (Simplified or Traditional spelling), English name, code
 * or host
 * @param type a platform type code
 * @param level a level code
 * @param status the status held today, or {@code unknown} for platforms with no dated
 * stage
 * @param domain a domain code
 * @param zone a zone code the platform lies in
 */
public record PlatformFilter(String text, String type, String level, String status, String domain, String zone) {

	/** Every platform. */
	public static final PlatformFilter ALL = new PlatformFilter(null, null, null, null, null, null);

	/** The status filter value of platforms whose status is not known. */
	public static final String UNKNOWN = "unknown";

	boolean matches(Platform platform, LocalDate today) {
		if (!blank(this.type) && !this.type.equals(platform.type())) {
			return false;
		}
		if (!blank(this.level) && !this.level.equals(platform.level())) {
			return false;
		}
		if (!blank(this.domain) && !platform.domains().contains(this.domain)) {
			return false;
		}
		if (!blank(this.zone) && !platform.zones().contains(this.zone)) {
			return false;
		}
		if (!blank(this.status)) {
			PlatformStatus now = platform.statusOn(today);
			String code = (now != null) ? now.code() : UNKNOWN;
			if (!this.status.equals(code)) {
				return false;
			}
		}
		return blank(this.text) || mentions(platform, this.text.strip());
	}

	private static boolean mentions(Platform platform, String text) {
		String key = ChineseNames.key(text);
		String lower = text.toLowerCase(Locale.ROOT);
		return (!key.isEmpty() && ChineseNames.key(platform.name()).contains(key))
				|| platform.code().toLowerCase(Locale.ROOT).contains(lower)
				|| (platform.nameEn() != null && platform.nameEn().toLowerCase(Locale.ROOT).contains(lower))
				|| (platform.host() != null && !key.isEmpty() && ChineseNames.key(platform.host()).contains(key));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
