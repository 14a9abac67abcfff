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
 * @param order the order the firms are listed in
 */
public record EnterpriseQuery(String text, String industry, String chain, String tier, String zone,
		EnterpriseOrder order) {

	public static final int MAX_LIMIT = 1000;

	public EnterpriseQuery {
		text = blankToNull(text);
		industry = blankToNull(industry);
		chain = blankToNull(chain);
		tier = blankToNull(tier);
		zone = blankToNull(zone);
		order = (order != null) ? order : EnterpriseOrder.CODE;
	}

	/** Whether the query asks for every firm of the plan. */
	public boolean isEverything() {
		return this.text == null && this.industry == null && this.chain == null && this.tier == null
				&& this.zone == null;
	}

	/** Checks a page size asked for: 1 to {@link #MAX_LIMIT}. */
	public static int checkLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit 应在 1–1000 之间 / limit must be 1–1000, got " + limit);
		}
		return limit;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
