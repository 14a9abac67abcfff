package org.corridor.observatory.registry.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.corridor.observatory.geo.FeatureCollectionSource;
import org.corridor.observatory.geo.FeaturePage;
import org.corridor.observatory.geo.GeoFeature;
import org.corridor.observatory.geo.Place;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlanCatalog;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

import org.springframework.stereotype.Component;

/**
 * The located firms of the registry as the map and OGC API collection {@code firms}, with
 * the zones that contain each: read from the firms themselves, the only place a firm's
 * position is kept. Pages are read from the database by credit code, each starting after
 * the last code of the page before (the cursor), so that a client walking a million firms
 * page by page costs no more per page than on the first. The number matched is given
 * without a box only (the kept count of located firms).
 */
@Component
class FirmFeatures implements FeatureCollectionSource {

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private static final Pattern CURSOR = Pattern.compile("[0-9A-Z]{18}");

	private final PlanCatalog catalog;

	private final EnterprisePositions positions;

	FirmFeatures(PlanCatalog catalog, EnterprisePositions positions) {
		this.catalog = catalog;
		this.positions = positions;
	}

	@Override
	public String id() {
		return "firms";
	}

	@Override
	public LocalizedText title() {
		return LocalizedText.of("企业", "Firms");
	}

	@Override
	public LocalizedText description() {
		return LocalizedText.of("有位置的企业及其所在空间单元", "Firms with a location and the zones they lie in");
	}

	@Override
	public boolean demo() {
		return this.positions.hasDemo(plan());
	}

	@Override
	public Envelope extent() {
		return this.positions.extent(plan());
	}

	@Override
	public FeaturePage features(Envelope bbox, String cursor, int limit) {
		if (cursor != null && !CURSOR.matcher(cursor).matches()) {
			throw new IllegalArgumentException(
					"翻页游标无效（请按 next 链接翻页）/ invalid page cursor (follow the next links): " + cursor);
		}
		List<Place> places = this.positions.listPlaces(plan(), bbox, cursor, limit + 1);
		List<GeoFeature> features = places.stream().limit(limit).map(FirmFeatures::feature).toList();
		String next = (places.size() > limit) ? places.get(limit - 1).code() : null;
		// Every located firm is counted once per registry change; within a box, not at
		// all.
		Long matched = (bbox == null) ? this.positions.countLocated(plan()) : null;
		return new FeaturePage(features, matched, next, null);
	}

	@Override
	public void forEach(Envelope bbox, Consumer<GeoFeature> each) {
		this.positions.forEachPlace(plan(), bbox, (place) -> each.accept(feature(place)));
	}

	@Override
	public Optional<GeoFeature> findFeature(String id) {
		return this.positions.findPlace(plan(), id).map(FirmFeatures::feature);
	}

	private String plan() {
		return this.catalog.current().id();
	}

	private static GeoFeature feature(Place place) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", place.code());
		properties.put("name_zh", place.nameZh());
		properties.put("name_en", place.nameEn());
		properties.put("zones", place.zones());
		properties.put("input_crs", place.inputCrs().name());
		properties.put("demo", place.demo());
		properties.put("source", place.source());
		return new GeoFeature(place.code(), WGS84.createPoint(new Coordinate(place.lon(), place.lat())), properties);
	}

}
