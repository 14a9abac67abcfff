package org.corridor.observatory.geo.web;

import java.util.Set;

import org.corridor.observatory.geo.FeatureCollectionSource;
import org.locationtech.jts.geom.Envelope;

/**
 * The query of an items request: which features (bbox) and which page of them (the cursor
 * of a {@code next} link, and limit). {@code offset} is read as the cursor of a
 * collection that pages by position. OGC API – Features asks servers to refuse parameters
 * they do not define rather than silently ignore a filter the client believes applied, so
 * unknown parameters are rejected.
 *
 * @param bbox the area the features must intersect, or null for all
 * @param cursor the page, as the previous page's {@code next} link gave it, or null for
 * the first
 * @param limit how many features to return at most
 */
record ItemsQuery(Envelope bbox, String cursor, int limit) {

	static final int DEFAULT_LIMIT = 10;

	static final int MAX_LIMIT = FeatureCollectionSource.PAGE_LIMIT;

	static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

	static final String CRS84H = "http://www.opengis.net/def/crs/OGC/0/CRS84h";

	// datetime: our features carry no time, so every feature matches any interval.
	// f: JSON is the only encoding; lang: the application-wide language switch.
	private static final Set<String> KNOWN = Set.of("bbox", "bbox-crs", "limit", "offset", "cursor", "datetime", "f",
			"lang");

	static void rejectUnknown(Set<String> parameterNames) {
		for (String name : parameterNames) {
			if (!KNOWN.contains(name)) {
				throw new IllegalArgumentException("未知的查询参数 " + name + " / unknown query parameter " + name);
			}
		}
	}

	static ItemsQuery parse(String bbox, String bboxCrs, String limitText, String offsetText, String cursor) {
		if (bboxCrs != null && !CRS84.equals(bboxCrs) && !CRS84H.equals(bboxCrs)) {
			throw new IllegalArgumentException("只支持 CRS84 的 bbox-crs / bbox-crs must be " + CRS84 + ", got " + bboxCrs);
		}
		long limit = parseLong(limitText, DEFAULT_LIMIT, "limit");
		if (limit < 1) {
			throw new IllegalArgumentException("limit 必须至少为 1 / limit must be at least 1, got " + limit);
		}
		long offset = parseLong(offsetText, 0, "offset");
		if (offset < 0) {
			throw new IllegalArgumentException("offset 不能为负 / offset must not be negative, got " + offset);
		}
		// The standard lets a server lower a too-large limit rather than refuse it.
		int clamped = (int) Math.min(limit, MAX_LIMIT);
		String page = (cursor != null && !cursor.isBlank()) ? cursor.strip()
				: (offset > 0) ? String.valueOf(offset) : null;
		return new ItemsQuery(parseBbox(bbox), page, clamped);
	}

	private static long parseLong(String text, long fallback, String name) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " 必须是整数 / " + name + " must be an integer, got " + text);
		}
	}

	private static Envelope parseBbox(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split(",", -1);
		if (parts.length != 4 && parts.length != 6) {
			throw badBbox(text);
		}
		double[] numbers = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				numbers[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException ex) {
				throw badBbox(text);
			}
			if (!Double.isFinite(numbers[i])) {
				throw badBbox(text);
			}
		}
		// With six numbers the third and sixth are heights, which our 2D features lack.
		int half = parts.length / 2;
		double minX = numbers[0];
		double minY = numbers[1];
		double maxX = numbers[half];
		double maxY = numbers[half + 1];
		if (minY > maxY || minX > maxX) {
			// minX > maxX would mean a box across the antimeridian, far from any
			// corridor.
			throw badBbox(text);
		}
		return new Envelope(minX, maxX, minY, maxY);
	}

	private static IllegalArgumentException badBbox(String text) {
		return new IllegalArgumentException("bbox 无效,应为 最小经度,最小纬度,最大经度,最大纬度 / "
				+ "bbox must be minLon,minLat,maxLon,maxLat with min ≤ max, got " + text);
	}

}
