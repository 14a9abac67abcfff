package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * Areal apportionment (面积加权分摊): a figure known for districts, estimated for a zone that
 * cuts across them, by giving the zone each district's figure in proportion to the share
 * of the district's area that lies in the zone. It assumes the quantity is spread evenly
 * over each district, which is the method's whole error; the shares are returned so that
 * the reader can judge.
 */
public final class Apportionment {

	private Apportionment() {
	}

	/**
	 * @param zone the zone to estimate for
	 * @param districtValues the figure of each district (by zone code)
	 * @param districtShapes the geometry of each district (by zone code)
	 */
	public static Result apportion(ZoneShape zone, Map<String, Double> districtValues,
			Map<String, ZoneShape> districtShapes) {
		List<Share> shares = new ArrayList<>();
		double total = 0;
		for (Map.Entry<String, Double> entry : districtValues.entrySet()) {
			ZoneShape district = districtShapes.get(entry.getKey());
			if (district == null) {
				throw new IllegalArgumentException("no geometry for district " + entry.getKey());
			}
			Geometry overlap = zone.geometry().intersection(district.geometry());
			double overlapKm2 = overlap.isEmpty() ? 0 : GeodesicArea.km2(overlap);
			if (overlapKm2 == 0) {
				continue;
			}
			double weight = overlapKm2 / district.measuredAreaKm2();
			double contribution = entry.getValue() * weight;
			total += contribution;
			shares.add(new Share(entry.getKey(), entry.getValue(), overlapKm2, district.measuredAreaKm2(), weight,
					contribution));
		}
		return new Result(zone.zoneCode(), total, shares);
	}

	/**
	 * An apportioned figure and how it was made.
	 *
	 * @param zoneCode the zone estimated for
	 * @param value the sum of the contributions
	 * @param shares one per district overlapping the zone
	 */
	public record Result(String zoneCode, double value, List<Share> shares) {

		public Result {
			shares = List.copyOf(shares);
		}

	}

	/**
	 * One district's part in an apportioned figure: value × overlap / district area.
	 *
	 * @param district the district zone
	 * @param districtValue its figure
	 * @param overlapKm2 the area it shares with the zone
	 * @param districtAreaKm2 its whole area
	 * @param weight overlap / area
	 * @param contribution value × weight
	 */
	public record Share(String district, double districtValue, double overlapKm2, double districtAreaKm2, double weight,
			double contribution) {
	}

}
