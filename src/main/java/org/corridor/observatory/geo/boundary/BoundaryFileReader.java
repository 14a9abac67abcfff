package org.corridor.observatory.geo.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.geo.Crs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Reads an official boundary file — GeoJSON, KML or a zipped Shapefile — into one valid
 * WGS84 boundary per zone, all or nothing: a file with any problem is refused with every
 * problem found, so the person can fix them in one pass. The declared system applies to
 * every format, including files whose own metadata says WGS84, because GCJ-02 and BD-09
 * have no code a file could name and web-map exports label them WGS84 anyway.
 */
public final class BoundaryFileReader {

	/** The largest share by which a repair may change a boundary's geodesic area. */
	public static final double MAX_REPAIR_AREA_CHANGE = 0.01;

	/** The field of file-level problems refusing the file's coordinate system. */
	static final String CRS_FIELD = "crs";

	private BoundaryFileReader() {
	}

	/**
	 * The boundaries of a file.
	 * @param fileName the uploaded name; its extension chooses the format
	 * @param content the file
	 * @param declaredCrs the system the importer says the coordinates are in (null:
	 * WGS84)
	 * @param zoneCodes the plan's zone codes
	 * @param adcodeToZone the zones by their 6- or 9-digit division code
	 * @return the boundaries
	 * @throws BoundaryRejectedException listing every problem, when there is any
	 */
	public static BoundaryFile read(String fileName, byte[] content, Crs declaredCrs, Set<String> zoneCodes,
			Map<String, String> adcodeToZone) {
		List<BoundaryProblem> problems = new ArrayList<>();
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		String extension = name.substring(name.lastIndexOf('.') + 1);
		String format = switch (extension) {
			case "geojson", "json" -> "geojson";
			case "kml" -> "kml";
			case "zip" -> "shapefile";
			default -> null;
		};
		List<SourceFeature> features = sourceFeatures(format, fileName, content, problems);
		// Coordinates in a refused system would only repeat that problem once per
		// feature.
		boolean crsRefused = problems.stream().anyMatch((problem) -> CRS_FIELD.equals(problem.field()));
		Crs crs = (declaredCrs != null) ? declaredCrs : Crs.WGS84;
		List<BoundaryFeature> accepted = new ArrayList<>();
		List<BoundaryRepair> repairs = new ArrayList<>();
		ZoneMatcher matcher = new ZoneMatcher(zoneCodes, adcodeToZone);
		Map<String, SourceFeature> byZone = new HashMap<>();
		for (SourceFeature feature : features) {
			String zone = matcher.zoneOf(feature, "kml".equals(format), problems);
			if (zone != null && byZone.containsKey(zone)) {
				String first = byZone.get(zone).label();
				problems.add(feature.problem("zone_code", zone,
						"区域 " + zone + " 在文件中出现两次：" + first + " 与 " + feature.label(),
						"zone " + zone + " appears twice in the file: " + first + " and " + feature.label()));
			}
			if (zone != null) {
				byZone.putIfAbsent(zone, feature);
			}
			Geometry geometry = checked(feature, crsRefused, problems);
			if (geometry != null) {
				geometry = ValidityRepair.repair(zone, feature, GeometryChecks.toWgs84(geometry, crs), repairs,
						problems);
			}
			if (zone != null && geometry != null) {
				accepted.add(new BoundaryFeature(zone, geometry, feature.attributes(), feature.sourceName()));
			}
		}
		if (!problems.isEmpty()) {
			// Readers and checks find problems in separate passes; the person reads them
			// by feature.
			problems.sort(Comparator.comparingInt(BoundaryFileReader::featureIndex));
			throw new BoundaryRejectedException(problems);
		}
		return new BoundaryFile(format, accepted, repairs);
	}

	/** The features as the format reader finds them, reporting what stops it. */
	private static List<SourceFeature> sourceFeatures(String format, String fileName, byte[] content,
			List<BoundaryProblem> problems) {
		List<SourceFeature> features = List.of();
		if (format == null) {
			problems
				.add(BoundaryProblem.ofFile(null, fileName, "不支持的文件类型：请上传 .geojson、.json、.kml 或 Shapefile 的 .zip 压缩包",
						"unsupported file type: upload a .geojson, .json, .kml, or a .zip of a Shapefile set"));
		}
		else if (content == null || content.length == 0) {
			problems.add(BoundaryProblem.ofFile(null, fileName, "文件为空", "the file is empty"));
		}
		else {
			features = switch (format) {
				case "geojson" -> GeoJsonBoundaryReader.read(content, problems);
				case "kml" -> KmlBoundaryReader.read(content, problems);
				default -> ShapefileReader.read(content, problems);
			};
			if (features.isEmpty() && problems.isEmpty()) {
				problems.add(BoundaryProblem.ofFile(null, fileName, "文件中没有要素", "the file holds no features"));
			}
		}
		return features;
	}

	/**
	 * The geometry when it is a non-empty polygon in China; null after adding a problem.
	 */
	private static Geometry checked(SourceFeature feature, boolean crsRefused, List<BoundaryProblem> problems) {
		Geometry geometry = feature.geometry();
		if (geometry == null) {
			return null;
		}
		if (!(geometry instanceof Polygonal)) {
			problems.add(GeometryChecks.notPolygonal(feature, geometry.getGeometryType()));
			return null;
		}
		if (geometry.isEmpty()) {
			problems.add(feature.problem("geometry", null, "要素没有几何图形（空面）", "the feature has no geometry (empty)"));
			return null;
		}
		BoundaryProblem outside = crsRefused ? null : GeometryChecks.outsideChina(feature, geometry);
		if (outside != null) {
			problems.add(outside);
		}
		return (crsRefused || outside != null) ? null : geometry;
	}

	/** The feature's position from its label ({@code #n name}); 0 for the whole file. */
	private static int featureIndex(BoundaryProblem problem) {
		String label = problem.feature();
		if (label == null) {
			return 0;
		}
		int end = label.indexOf(' ');
		return Integer.parseInt(label.substring(1, (end < 0) ? label.length() : end));
	}

}
