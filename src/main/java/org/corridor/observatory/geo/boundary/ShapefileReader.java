package org.corridor.observatory.geo.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;

/**
 * Reads a zipped Shapefile set: the {@code .shp} geometry, its {@code .shx} index and the
 * {@code .dbf} attributes are required, the {@code .prj} system and the {@code .cpg}
 * attribute encoding optional. Without a {@code .prj} the coordinates are taken to be in
 * the system the importer declared; with one, it must be WGS84 or CGCS2000 geographic.
 */
final class ShapefileReader {

	private ShapefileReader() {
	}

	static List<SourceFeature> read(byte[] zip, List<BoundaryProblem> problems) {
		Map<String, byte[]> entries = ZipEntries.read(zip, problems);
		if (entries == null) {
			return List.of();
		}
		List<String> shps = entries.keySet().stream().filter((name) -> name.endsWith(".shp")).toList();
		if (shps.size() != 1) {
			problems.add(BoundaryProblem.ofFile(".shp", String.join(", ", shps.isEmpty() ? entries.keySet() : shps),
					shps.isEmpty() ? "压缩包中没有 .shp 文件" : "压缩包中有多个 .shp 文件；请每个压缩包只放一套 Shapefile",
					shps.isEmpty() ? "the zip holds no .shp file"
							: "the zip holds several .shp files; put one Shapefile set in each zip"));
			return List.of();
		}
		String base = shps.get(0).substring(0, shps.get(0).length() - ".shp".length());
		byte[] shx = required(entries, base, ".shx", problems);
		byte[] dbf = required(entries, base, ".dbf", problems);
		if (shx == null || dbf == null) {
			return List.of();
		}
		if (entries.containsKey(base + ".prj")) {
			PrjCheck.check(StrictText.utf8OrGbk(entries.get(base + ".prj")), problems);
		}
		List<Coordinate[][]> shapes = ShpFile.read(entries.get(base + ".shp"), shx, problems);
		List<Map<String, String>> table = DbfFile.read(dbf, CpgEncoding.of(entries.get(base + ".cpg"), problems),
				problems);
		if (shapes == null || table == null) {
			return List.of();
		}
		if (shapes.size() != table.size()) {
			problems.add(BoundaryProblem.ofFile(".dbf", String.valueOf(table.size()),
					".dbf 有 " + table.size() + " 条记录，而 .shp 有 " + shapes.size() + " 个图形：两者不属于同一次导出",
					"the .dbf holds " + table.size() + " records but the .shp " + shapes.size()
							+ " shapes: they are not from the same export"));
			return List.of();
		}
		List<SourceFeature> features = new ArrayList<>();
		for (int i = 0; i < shapes.size(); i++) {
			// A record deleted in dBASE is deleted as a whole, its shape included.
			if (table.get(i) != null) {
				SourceFeature bare = new SourceFeature(i + 1, Attributes.name(table.get(i)), table.get(i), null);
				features
					.add(new SourceFeature(i + 1, bare.name(), table.get(i), geometry(shapes.get(i), bare, problems)));
			}
		}
		return features;
	}

	private static byte[] required(Map<String, byte[]> entries, String base, String extension,
			List<BoundaryProblem> problems) {
		byte[] content = entries.get(base + extension);
		if (content == null) {
			problems.add(BoundaryProblem.ofFile(extension, base + extension,
					"压缩包缺少 " + base + extension + "：Shapefile 须包含 .shp、.shx 和 .dbf",
					"the zip lacks " + base + extension + ": a Shapefile needs its .shp, .shx and .dbf"));
		}
		return content;
	}

	private static Geometry geometry(Coordinate[][] shape, SourceFeature feature, List<BoundaryProblem> problems) {
		List<LinearRing> rings = new ArrayList<>();
		for (Coordinate[] points : shape) {
			LinearRing ring = Rings.ring(points, feature, problems);
			if (ring == null) {
				return null;
			}
			rings.add(ring);
		}
		return ShapeRings.assemble(rings);
	}

}
