package org.corridor.observatory.geo;

/**
 * Conversions between WGS84 and the two obfuscated systems Chinese web maps publish:
 * GCJ-02 (AMap, Tencent) and BD-09 (Baidu). The GCJ-02 forward formula is the publicly
 * documented, reverse-engineered one on the Krasovsky ellipsoid; expect metre-level
 * disagreement with the true obfuscation, negligible next to the ±100 m of the boundary
 * data. Its inverse has no closed form and is solved by fixed-point iteration to 1e-9°
 * (about 0.1 mm), not by the common one-step approximation, which is off by up to ~2 m.
 * Outside the rough China box of {@link #isOutsideChina} no offset is applied in either
 * direction and all three systems coincide.
 */
public final class ChinaCoordinates {

	/** Krasovsky 1940 semi-major axis, as used by the public GCJ-02 formula. */
	private static final double A = 6378245.0;

	/** Krasovsky 1940 first eccentricity squared. */
	private static final double EE = 0.00669342162296594323;

	private static final double X_PI = Math.PI * 3000.0 / 180.0;

	private static final double CONVERGED = 1e-9;

	private static final int MAX_ITERATIONS = 100;

	private ChinaCoordinates() {
	}

	/** The given position, whatever system it is in, as WGS84. */
	public static LonLat toWgs84(Crs crs, double lon, double lat) {
		return switch (crs) {
			case WGS84, CGCS2000 -> new LonLat(lon, lat);
			case GCJ02 -> gcj02ToWgs84(lon, lat);
			case BD09 -> bd09ToWgs84(lon, lat);
		};
	}

	public static LonLat wgs84ToGcj02(double lon, double lat) {
		LonLat wgs = new LonLat(lon, lat);
		return isOutsideChina(lon, lat) ? wgs : shift(lon, lat);
	}

	/**
	 * The WGS84 position whose GCJ-02 image is the given one: starting from the GCJ-02
	 * position itself, the remaining error of the forward formula is subtracted until it
	 * falls below 1e-9°. The offset varies slowly (≈1e-5 per degree), so each step gains
	 * about five digits and two or three steps suffice.
	 */
	public static LonLat gcj02ToWgs84(double lon, double lat) {
		LonLat gcj = new LonLat(lon, lat);
		if (isOutsideChina(lon, lat)) {
			return gcj;
		}
		double wgsLon = lon;
		double wgsLat = lat;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			LonLat image = isOutsideChina(wgsLon, wgsLat) ? new LonLat(wgsLon, wgsLat) : shift(wgsLon, wgsLat);
			double errorLon = image.lon() - lon;
			double errorLat = image.lat() - lat;
			wgsLon -= errorLon;
			wgsLat -= errorLat;
			if (Math.abs(errorLon) < CONVERGED && Math.abs(errorLat) < CONVERGED) {
				return new LonLat(wgsLon, wgsLat);
			}
		}
		throw new IllegalStateException("GCJ-02 inversion did not converge at " + gcj);
	}

	/** Baidu's published GCJ-02 → BD-09 formula. */
	public static LonLat gcj02ToBd09(double lon, double lat) {
		LonLat gcj = new LonLat(lon, lat);
		if (isOutsideChina(lon, lat)) {
			return gcj;
		}
		double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
		double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
		return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
	}

	/**
	 * Baidu's published BD-09 → GCJ-02 formula; it is the approximate inverse of
	 * {@link #gcj02ToBd09}, good to a few centimetres, which is how every public
	 * implementation (and Baidu's own documentation) has it.
	 */
	public static LonLat bd09ToGcj02(double lon, double lat) {
		LonLat bd = new LonLat(lon, lat);
		if (isOutsideChina(lon, lat)) {
			return bd;
		}
		double x = lon - 0.0065;
		double y = lat - 0.006;
		double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
		return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
	}

	public static LonLat bd09ToWgs84(double lon, double lat) {
		LonLat gcj = bd09ToGcj02(lon, lat);
		return gcj02ToWgs84(gcj.lon(), gcj.lat());
	}

	public static LonLat wgs84ToBd09(double lon, double lat) {
		LonLat gcj = wgs84ToGcj02(lon, lat);
		return gcj02ToBd09(gcj.lon(), gcj.lat());
	}

	/**
	 * Whether a position lies outside the rough bounding box of China that every public
	 * GCJ-02 implementation uses; such positions are never shifted. The box is not the
	 * border: near it (e.g. in neighbouring countries inside the box) the answer is only
	 * as good as the convention.
	 */
	public static boolean isOutsideChina(double lon, double lat) {
		return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	private static LonLat shift(double lon, double lat) {
		double x = lon - 105.0;
		double y = lat - 35.0;
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		double dLat = (latitudeTerm(x, y) * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		double dLon = (longitudeTerm(x, y) * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new LonLat(lon + dLon, lat + dLat);
	}

	// The two terms keep the published operation order so results match other
	// implementations to the last bits, not merely to the metre.
	private static double latitudeTerm(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double longitudeTerm(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}

}
