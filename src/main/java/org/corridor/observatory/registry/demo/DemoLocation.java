package org.corridor.observatory.registry.demo;

import java.util.List;
import java.util.SplittableRandom;

import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LonLat;

/**
 * Where a demo firm stands, as an enterprise file would give it. Firms gather round the
 * towns and circles: usually a host of their own chain, else any, scattered with a
 * Gaussian of 1.5 km and never beyond 6 km. A third are given in GCJ-02, as copied from
 * AMap, the rest in WGS84, each rounded to six decimals (about 0.1 m) as a file holds
 * them; the WGS84 position is what the reader would make of those numbers.
 *
 * @param wgs84 the position the registry stores
 * @param crs the system the coordinates are given in
 * @param lon the longitude as given
 * @param lat the latitude as given
 */
record DemoLocation(LonLat wgs84, Crs crs, double lon, double lat) {

	private static final double SPREAD_KM = 1.5;

	private static final double FARTHEST_KM = 6;

	private static final double KM_PER_DEGREE = 111.32;

	/** The firm's position, or null when the plan has no places. */
	static DemoLocation draw(SplittableRandom random, DemoSetting setting, DemoSetting.Chain chain) {
		List<LonLat> hosts = (chain != null) ? chain.hosts() : List.of();
		List<LonLat> places = (!hosts.isEmpty() && random.nextDouble() < 0.7) ? hosts : setting.places();
		if (places.isEmpty()) {
			return null;
		}
		LonLat centre = places.get(random.nextInt(places.size()));
		double east = SPREAD_KM * random.nextGaussian();
		double north = SPREAD_KM * random.nextGaussian();
		double distance = Math.hypot(east, north);
		if (distance > FARTHEST_KM) {
			east *= FARTHEST_KM / distance;
			north *= FARTHEST_KM / distance;
		}
		double lat = centre.lat() + north / KM_PER_DEGREE;
		double lon = centre.lon() + east / (KM_PER_DEGREE * Math.cos(Math.toRadians(centre.lat())));
		boolean amap = random.nextInt(3) == 0;
		Crs crs = amap ? Crs.GCJ02 : Crs.WGS84;
		LonLat given = amap ? ChinaCoordinates.wgs84ToGcj02(lon, lat) : new LonLat(lon, lat);
		double givenLon = round(given.lon());
		double givenLat = round(given.lat());
		return new DemoLocation(ChinaCoordinates.toWgs84(crs, givenLon, givenLat), crs, givenLon, givenLat);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
