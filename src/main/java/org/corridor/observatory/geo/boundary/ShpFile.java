package org.corridor.observatory.geo.boundary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/**
 * The geometry half of a Shapefile: the {@code .shp} records and the {@code .shx} index
 * that must agree with them (ESRI Shapefile Technical Description, 1998). Only the
 * polygon types are read — Polygon (5), PolygonZ (15) and PolygonM (25), whose Z and M
 * values a boundary does not need; a null shape (0) is a record without geometry.
 */
final class ShpFile {

	private static final int FILE_CODE = 9994;

	private static final int HEADER_BYTES = 100;

	private ShpFile() {
	}

	/**
	 * Each record's rings, in record order (no rings for a null shape); null after adding
	 * a file-level problem.
	 */
	static List<Coordinate[][]> read(byte[] shp, byte[] shx, List<BoundaryProblem> problems) {
		ByteBuffer buffer = ByteBuffer.wrap(shp);
		if (shp.length < HEADER_BYTES || buffer.getInt(0) != FILE_CODE) {
			problems.add(BoundaryProblem.ofFile(".shp", null, ".shp 文件头无效，不是 Shapefile",
					"the .shp has no valid header; it is not a Shapefile"));
			return null;
		}
		long declared = 2L * buffer.getInt(24);
		int type = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
		if (type != 0 && type % 10 != 5) {
			problems.add(BoundaryProblem.ofFile(".shp", String.valueOf(type),
					"Shapefile 的几何类型为 " + type + "（点或线），边界须为面（类型 5、15 或 25）", "the Shapefile's shape type is " + type
							+ " (points or lines); boundaries must be polygons " + "(type 5, 15 or 25)"));
			return null;
		}
		if (declared > shp.length) {
			problems.add(truncated(".shp", declared, shp.length));
			return null;
		}
		List<Coordinate[][]> records = new ArrayList<>();
		int position = HEADER_BYTES;
		while (position < declared) {
			int contentBytes = (position + 8 <= declared) ? 2 * buffer.order(ByteOrder.BIG_ENDIAN).getInt(position + 4)
					: -1;
			if (contentBytes < 4 || position + 8L + contentBytes > declared) {
				problems.add(BoundaryProblem.ofFile(".shp", "#" + (records.size() + 1),
						".shp 第 " + (records.size() + 1) + " 条记录不完整（文件被截断或损坏）",
						"record " + (records.size() + 1) + " of the .shp is incomplete (truncated or corrupt file)"));
				return null;
			}
			Coordinate[][] rings = rings(buffer.order(ByteOrder.LITTLE_ENDIAN), position + 8, contentBytes);
			if (rings == null) {
				problems.add(BoundaryProblem.ofFile(".shp", "#" + (records.size() + 1),
						".shp 第 " + (records.size() + 1) + " 条记录的部件或点数与长度不符（文件损坏）",
						"record " + (records.size() + 1) + " of the .shp has part or point counts that do not fit "
								+ "its length (corrupt file)"));
				return null;
			}
			records.add(rings);
			position += 8 + contentBytes;
		}
		checkIndex(shx, records.size(), problems);
		return records;
	}

	/** A polygon record's rings, or null when its counts overrun it. */
	private static Coordinate[][] rings(ByteBuffer buffer, int start, int length) {
		int type = buffer.getInt(start);
		if (type == 0) {
			return new Coordinate[0][];
		}
		if (type % 10 != 5 || length < 44) {
			return null;
		}
		int parts = buffer.getInt(start + 36);
		int points = buffer.getInt(start + 40);
		long needed = 44L + 4L * parts + 16L * points;
		if (parts < 0 || points < 0 || needed > length) {
			return null;
		}
		int pointsAt = start + 44 + 4 * parts;
		Coordinate[][] rings = new Coordinate[parts][];
		for (int p = 0; p < parts; p++) {
			int from = buffer.getInt(start + 44 + 4 * p);
			int to = (p + 1 < parts) ? buffer.getInt(start + 48 + 4 * p) : points;
			if (from < 0 || to > points || from > to) {
				return null;
			}
			rings[p] = new Coordinate[to - from];
			for (int i = from; i < to; i++) {
				int at = pointsAt + 16 * i;
				rings[p][i - from] = new Coordinate(buffer.getDouble(at), buffer.getDouble(at + 8));
			}
		}
		return rings;
	}

	/**
	 * The index is not needed to read the records in order, but one that disagrees with
	 * them means the set was assembled from different exports.
	 */
	private static void checkIndex(byte[] shx, int records, List<BoundaryProblem> problems) {
		ByteBuffer buffer = ByteBuffer.wrap(shx);
		if (shx.length < HEADER_BYTES || buffer.getInt(0) != FILE_CODE) {
			problems.add(BoundaryProblem.ofFile(".shx", null, ".shx 文件头无效", "the .shx has no valid header"));
			return;
		}
		long declared = 2L * buffer.getInt(24);
		if (declared > shx.length) {
			problems.add(truncated(".shx", declared, shx.length));
			return;
		}
		long indexed = (declared - HEADER_BYTES) / 8;
		if (indexed != records) {
			problems.add(BoundaryProblem.ofFile(".shx", String.valueOf(indexed),
					".shx 索引了 " + indexed + " 条记录，而 .shp 有 " + records + " 条：两者不属于同一次导出", "the .shx indexes " + indexed
							+ " records but the .shp holds " + records + ": they are not from the same export"));
		}
	}

	private static BoundaryProblem truncated(String part, long declared, int actual) {
		return BoundaryProblem.ofFile(part, String.valueOf(actual),
				part + " 文件被截断：文件头声明 " + declared + " 字节，实际只有 " + actual + " 字节",
				"the " + part + " is truncated: its header declares " + declared + " bytes but it has " + actual);
	}

}
