package org.corridor.observatory.registry.enterprise;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursor of a search's next page: the order and the sort keys of the last firm of the
 * page before, as URL-safe text. A client hands it back unchanged; anything else is
 * refused as bad input.
 */
final class FirmCursor {

	private static final char SEPARATOR = '\u0000';

	private FirmCursor() {
	}

	static String encode(EnterpriseOrder order, String nameKey, String uscc) {
		String keys = (order == EnterpriseOrder.NAME) ? nameKey + SEPARATOR + uscc : uscc;
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((order.parameter() + SEPARATOR + keys).getBytes(StandardCharsets.UTF_8));
	}

	/** The sort keys: the name key and the credit code, or the credit code alone. */
	static String[] decode(String cursor, EnterpriseOrder order) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(cursor);
		}
		String[] parts = text.split(String.valueOf(SEPARATOR), -1);
		int keys = (order == EnterpriseOrder.NAME) ? 2 : 1;
		if (parts.length != keys + 1 || !parts[0].equals(order.parameter())) {
			throw invalid(cursor);
		}
		String[] found = new String[keys];
		System.arraycopy(parts, 1, found, 0, keys);
		return found;
	}

	private static IllegalArgumentException invalid(String cursor) {
		return new IllegalArgumentException(
				"翻页游标无效（请从第一页重新开始）/ invalid page cursor (start again from the first page): " + cursor);
	}

}
