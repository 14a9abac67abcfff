package org.corridor.observatory.geo;

import java.util.List;

/**
 * One page of a feature collection, with the cursors of the pages around it. A cursor is
 * opaque to clients: a source that holds its features in memory uses the position of a
 * page's first feature, the firms the last credit code before the page (keyset paging).
 *
 * @param features the features of the page
 * @param numberMatched how many features match the query in all, or null when the source
 * does not count them (a count of a million firms would cost more than the page)
 * @param next the cursor of the next page, or null when this page is the last
 * @param previous the cursor of the page before, or null on the first page or when the
 * source pages forward only
 */
public record FeaturePage(List<GeoFeature> features, Long numberMatched, String next, String previous) {

	/** The page from the cursor's position of a list held in memory. */
	public static FeaturePage slice(List<GeoFeature> matching, String cursor, int limit) {
		long offset = position(cursor);
		int from = (int) Math.min(offset, matching.size());
		int to = (int) Math.min((long) from + limit, matching.size());
		return new FeaturePage(matching.subList(from, to), (long) matching.size(),
				(to < matching.size()) ? String.valueOf(to) : null,
				(offset > 0) ? String.valueOf(Math.max(0, offset - limit)) : null);
	}

	/** The position a cursor of {@link #slice} names: 0 when it is null. */
	public static long position(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			long offset = Long.parseLong(cursor.strip());
			if (offset >= 0) {
				return offset;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new IllegalArgumentException("翻页位置无效 / invalid page cursor or offset: " + cursor);
	}

}
