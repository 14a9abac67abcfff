package org.corridor.observatory.geo;

import org.corridor.observatory.plan.HasLabel;
import org.corridor.observatory.plan.LocalizedText;

/**
 * Where a longitude/latitude pair lies, as every import of positions (firms, platforms,
 * points, boundaries) checks it: inside the rough China box of
 * {@link ChinaCoordinates#isOutsideChina}, or why not. A pair that would lie inside with
 * the two numbers exchanged is a swap, the commonest slip when copying from a map.
 */
public enum Placement implements HasLabel {

	IN_CHINA("坐标在中国境内", "the point lies in China"),

	SWAPPED("坐标在中国境外，疑似经纬度填反", "the point lies outside China; longitude and latitude look swapped"),

	LONGITUDE_OUT_OF_RANGE("经度应在 −180 到 180 之间", "the longitude must lie within −180–180"),

	LATITUDE_OUT_OF_RANGE("纬度应在 −90 到 90 之间", "the latitude must lie within −90–90"),

	OUTSIDE_CHINA("坐标在中国境外", "the point lies outside China");

	private final LocalizedText label;

	Placement(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

	/** Where the pair lies. */
	public static Placement of(double lon, double lat) {
		if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90 && !ChinaCoordinates.isOutsideChina(lon, lat)) {
			return IN_CHINA;
		}
		if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90 && !ChinaCoordinates.isOutsideChina(lat, lon)) {
			return SWAPPED;
		}
		if (!(Math.abs(lon) <= 180)) {
			return LONGITUDE_OUT_OF_RANGE;
		}
		if (!(Math.abs(lat) <= 90)) {
			return LATITUDE_OUT_OF_RANGE;
		}
		return OUTSIDE_CHINA;
	}

}
