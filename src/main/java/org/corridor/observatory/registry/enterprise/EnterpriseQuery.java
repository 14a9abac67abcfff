package org.corridor.observatory.registry.enterprise;

/**
 * A search of the registry; every criterion is optional and they combine with AND.
 *
 * @param text part of a name in any spelling (Simplified, Traditional, full-width), or
 * the start of a credit code
 * @param industry a GB/T 4754-2017 code or its start, with or without the section letter
 * @param chain a chain code the firm belongs to
 * @param tier a tier the firm holds now
 * @param zone a zone the firm lies in
 * @param offset how many matches to skip
 * @param limit how many matches to return
 */
public record EnterpriseQuery(String text, String industry, String chain, String tier, String zone, int offset,
		int limit) {

	public static final int MAX_LIMIT = 1000;

	public EnterpriseQuery {
		text = blankToNull(text);
		industry = blankToNull(industry);
		chain = blankToNull(chain);
		tier = blankToNull(tier);
		zone = blankToNull(zone);
		if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException(
					"offset 不能为负，limit 应在 1–1000 之间 / offset must not be negative and limit must be 1–1000");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
