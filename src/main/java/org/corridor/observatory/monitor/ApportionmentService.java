package org.corridor.observatory.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.geo.Apportionment;
import org.corridor.observatory.geo.DistrictBoundary;
import org.corridor.observatory.geo.ZoneShape;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;

import org.springframework.stereotype.Service;

/**
 * Estimates a figure for a corridor zone from the districts' figures, area-weighted. A
 * district polygon that stands for several of today's districts (the 2014–2017 余杭区, which
 * covers today's 余杭 and 临平) gets the sum of their figures, or is left out, and named,
 * when one of them has no figure.
 */
@Service
public class ApportionmentService {

	private final PlanCatalog catalog;

	private final ZoneShapes shapes;

	private final ObservationStore store;

	ApportionmentService(PlanCatalog catalog, ZoneShapes shapes, ObservationStore store) {
		this.catalog = catalog;
		this.shapes = shapes;
		this.store = store;
	}

	public Estimate apportion(String planId, String indicator, int year, String zoneCode) {
		Plan plan = this.catalog.getPlan(planId);
		plan.getIndicator(indicator);
		ZoneShape target = this.shapes.findShape(plan.getZone(zoneCode).code())
			.orElseThrow(() -> new IllegalArgumentException(
					"空间单元 " + zoneCode + " 没有几何 / zone " + zoneCode + " has no geometry"));
		Map<String, Observation> figures = new HashMap<>();
		for (Observation o : this.store.listObservations(planId, indicator, null)) {
			if (o.year() == year) {
				figures.put(o.zoneCode(), o);
			}
		}
		Map<String, String> zoneByAdcode = new HashMap<>();
		plan.listZones()
			.stream()
			.filter((z) -> z.level() == ZoneLevel.DISTRICT && z.adcode() != null)
			.forEach((z) -> zoneByAdcode.put(z.adcode(), z.code()));
		Map<String, Double> values = new LinkedHashMap<>();
		Map<String, ZoneShape> districtShapes = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		boolean demo = false;
		for (DistrictBoundary boundary : this.shapes.districts().districts()) {
			String polygonZone = zoneByAdcode.get(boundary.adcode());
			if (polygonZone == null) {
				continue;
			}
			double sum = 0;
			boolean complete = true;
			for (String adcode : boundary.coversCurrentAdcodes()) {
				Observation figure = figures.get(zoneByAdcode.get(adcode));
				if (figure == null) {
					complete = false;
					missing.add(zoneByAdcode.getOrDefault(adcode, adcode));
				}
				else {
					sum += figure.value().doubleValue();
					demo |= figure.demo();
				}
			}
			ZoneShape shape = this.shapes.findShape(polygonZone).orElseThrow();
			if (complete && target.geometry().intersects(shape.geometry())) {
				values.put(polygonZone, sum);
				districtShapes.put(polygonZone, shape);
			}
		}
		Apportionment.Result result = Apportionment.apportion(target, values, districtShapes);
		List<String> missingOverlapping = missing.stream().filter((code) -> overlaps(plan, target, code)).toList();
		return new Estimate(indicator, year, result, missingOverlapping, demo);
	}

	private boolean overlaps(Plan plan, ZoneShape target, String zoneCode) {
		Zone zone = plan.findZone(zoneCode).orElse(null);
		if (zone == null) {
			return false;
		}
		// a district without its own polygon (临平) is inside the polygon that covers it
		return this.shapes.districts()
			.districts()
			.stream()
			.filter((d) -> d.coversCurrentAdcodes().contains(zone.adcode()))
			.anyMatch((d) -> d.geometry().intersects(target.geometry()));
	}

	/**
	 * An area-weighted estimate with its working and the districts it could not use.
	 *
	 * @param indicator the indicator
	 * @param year the year
	 * @param result the value and each district's share
	 * @param missingDistricts districts overlapping the zone that have no figure for the
	 * year
	 * @param demo whether any figure used is demo data
	 */
	public record Estimate(String indicator, int year, Apportionment.Result result, List<String> missingDistricts,
			boolean demo) {
	}

}
