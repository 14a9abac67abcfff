package org.corridor.observatory.registry.enterprise;

import java.util.Locale;

/**
 * The orders a search lists firms in. Each ends with the credit code, unique within a
 * plan, so that firms with the same name have a fixed order and a page can start after
 * the last firm of the one before (keyset paging): how deep a page lies then costs
 * nothing, unlike an offset, which reads every row before it.
 */
public enum EnterpriseOrder {

	/** By credit code. */
	CODE,

	/** By name (its Simplified, half-width key), then credit code. */
	NAME;

	/** The order named by a request parameter ({@code code} or {@code name}). */
	public static EnterpriseOrder parse(String text) {
		if (text == null || text.isBlank()) {
			return CODE;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("排序只能是 code 或 name / sort must be code or name, got " + text);
		}
	}

	/** The parameter value that names this order. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

}
