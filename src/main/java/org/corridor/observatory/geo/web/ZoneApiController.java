package org.corridor.observatory.geo.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.observatory.geo.ChinaCoordinates;
import org.corridor.observatory.geo.CoverageCheck;
import org.corridor.observatory.geo.CoverageReport;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.Divisions;
import org.corridor.observatory.geo.LonLat;
import org.corridor.observatory.geo.Place;
import org.corridor.observatory.geo.PlaceImportService;
import org.corridor.observatory.geo.ZoneShape;
import org.corridor.observatory.geo.ZoneShapes;
import org.corridor.observatory.geo.boundary.BoundaryImportService;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.ZoneLevel;
import org.locationtech.jts.geom.Geometry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The territory: zone geometry and its areas, which zones hold a point, official
 * boundaries in, firms of the registry moved to positions.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "zones", description = "空间单元与定位 / zones, geometry and located points")
class ZoneApiController {

	private final PlanCatalog catalog;

	private final ZoneShapes shapes;

	private final PlaceImportService places;

	private final BoundaryImportService boundaries;

	ZoneApiController(PlanCatalog catalog, ZoneShapes shapes, PlaceImportService places,
			BoundaryImportService boundaries) {
		this.catalog = catalog;
		this.shapes = shapes;
		this.places = places;
		this.boundaries = boundaries;
	}

	@GetMapping("/zones/shapes")
	@Operation(summary = "Every zone's geometry method, precision, declared and measured area; zones without one")
	ShapeSummary listShapes(@PathVariable String planId) {
		this.catalog.getPlan(planId);
		List<ShapeRow> rows = this.shapes.listShapes()
			.stream()
			.map((s) -> new ShapeRow(s.zoneCode(), s.level().key(), s.method(), s.precisionM(),
					(s.declaredAreaKm2() != null) ? s.declaredAreaKm2().doubleValue() : null, s.measuredAreaKm2(),
					s.areaDifference(), s.note().zh(), s.note().en()))
			.toList();
		return new ShapeSummary(rows, this.shapes.listZonesWithoutShape().stream().map((z) -> z.code()).toList(),
				this.shapes.districts().provenance().attribution());
	}

	@GetMapping("/divisions")
	@Operation(summary = "Statistical division codes of the corridor's districts and townships (NBS 2023)")
	DivisionList listDivisions(@PathVariable String planId) {
		this.catalog.getPlan(planId);
		return new DivisionList(Divisions.SOURCE, Divisions.districts(), Divisions.townships());
	}

	@GetMapping("/zones/locate")
	@Operation(summary = "Which zones, at every level, contain a point given in WGS84, CGCS2000, GCJ-02 or BD-09")
	Located locate(@PathVariable String planId, @RequestParam double lon, @RequestParam double lat,
			@RequestParam(defaultValue = "wgs84") String crs) {
		this.catalog.getPlan(planId);
		LonLat wgs84 = ChinaCoordinates.toWgs84(Crs.parse(crs), lon, lat);
		return new Located(wgs84.lon(), wgs84.lat(), this.shapes.zonesAt(wgs84.lon(), wgs84.lat()));
	}

	@GetMapping("/zones/coverage")
	@Operation(summary = "Whether the districts tile: overlaps and gaps between them (JTS CoverageValidator)")
	Coverage coverage(@PathVariable String planId, @RequestParam(defaultValue = "200") double gapWidthM) {
		this.catalog.getPlan(planId);
		Map<String, Geometry> districts = new LinkedHashMap<>();
		for (ZoneShape shape : this.shapes.listShapes()) {
			if (shape.level() == ZoneLevel.DISTRICT) {
				districts.put(shape.zoneCode(), shape.geometry());
			}
		}
		CoverageReport report = CoverageCheck.check(districts, gapWidthM);
		return new Coverage(districts.keySet().stream().toList(), report.isClean(), report.overlaps().size(),
				report.largestOverlapM2(), report.gaps().size(), report.summary());
	}

	@PostMapping(path = "/places/{kind}", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Move firms of the enterprise registry to new positions (CSV/XLSX: 代码 code = credit code, "
			+ "名称 name, 经度 lon, 纬度 lat, 坐标系 crs); the registry keeps its names; a code that is no firm of the "
			+ "registry rejects the file; all rows or none. Platforms are located by the platform import")
	List<Place> importPlaces(@PathVariable String planId, @PathVariable String kind,
			@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "wgs84") String crs)
			throws IOException {
		return this.places.importPlaces(planId, kind, file.getOriginalFilename(), file.getBytes(), Crs.parse(crs));
	}

	@PostMapping(path = "/zones/boundaries", consumes = "multipart/form-data")
	@Operation(summary = "Replace zone geometry with official boundaries (GeoJSON, zipped Shapefile or KML), "
			+ "matched by zone code or division code; checked whole, repaired where the area is kept")
	BoundaryImportService.Report importBoundaries(@PathVariable String planId, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "wgs84") String crs, @RequestParam String source) throws IOException {
		return this.boundaries.importBoundaries(planId, file.getOriginalFilename(), file.getBytes(), Crs.parse(crs),
				source);
	}

	record ShapeRow(String code, String level, String method, int precisionM, Double declaredAreaKm2,
			double measuredAreaKm2, Double areaDifference, String noteZh, String noteEn) {
	}

	record ShapeSummary(List<ShapeRow> zones, List<String> withoutGeometry, String boundarySource) {
	}

	record DivisionList(String source, List<Divisions.Division> districts, List<Divisions.Division> townships) {
	}

	record Located(double lon, double lat, List<String> zones) {
	}

	record Coverage(List<String> districts, boolean clean, int overlaps, double largestOverlapM2, int gaps,
			String summary) {
	}

}
