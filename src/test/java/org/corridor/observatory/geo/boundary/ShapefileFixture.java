package org.corridor.observatory.geo.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal Shapefile writer for tests: polygon records (type 5) with their index, a
 * dBASE III table of text fields in a chosen encoding, zipped as an upload would be. Each
 * shape is a list of rings, each ring an array of {lon, lat} pairs written as given.
 */
public final class ShapefileFixture {

	public static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
			+ "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

	static final String GAUSS_KRUGER_PRJ = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_"
			+ "Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],"
			+ "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],"
			+ "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"Central_Meridian\",120.0],UNIT[\"Meter\",1.0]]";

	private ShapefileFixture() {
	}

	/** The .shp and .shx of polygon records, as {@code [shp, shx]}. */
	public static byte[][] polygons(List<List<double[][]>> shapes) {
		ByteArrayOutputStream records = new ByteArrayOutputStream();
		ByteBuffer index = ByteBuffer.allocate(8 * shapes.size());
		for (int r = 0; r < shapes.size(); r++) {
			List<double[][]> rings = shapes.get(r);
			int points = rings.stream().mapToInt((ring) -> ring.length).sum();
			ByteBuffer content = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * points)
				.order(ByteOrder.LITTLE_ENDIAN);
			content.putInt(5).put(new byte[32]).putInt(rings.size()).putInt(points);
			int start = 0;
			for (double[][] ring : rings) {
				content.putInt(start);
				start += ring.length;
			}
			rings.forEach(
					(ring) -> Arrays.stream(ring).forEach((point) -> content.putDouble(point[0]).putDouble(point[1])));
			index.putInt(50 + records.size() / 2).putInt(content.capacity() / 2);
			ByteBuffer head = ByteBuffer.allocate(8).putInt(r + 1).putInt(content.capacity() / 2);
			records.writeBytes(head.array());
			records.writeBytes(content.array());
		}
		return new byte[][] { concat(header(5, 100 + records.size()), records.toByteArray()),
				concat(header(5, 100 + index.capacity()), index.array()) };
	}

	/** A main-file header of the given shape type and total length in bytes. */
	static byte[] header(int shapeType, int length) {
		ByteBuffer header = ByteBuffer.allocate(100);
		header.putInt(0, 9994).putInt(24, length / 2);
		header.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, shapeType);
		return header.array();
	}

	/** A dBASE III table of character fields, each as wide as its longest value. */
	public static byte[] dbf(List<String> fields, List<List<String>> rows, Charset charset) {
		int[] widths = new int[fields.size()];
		for (List<String> row : rows) {
			for (int f = 0; f < fields.size(); f++) {
				widths[f] = Math.max(widths[f], Math.max(1, row.get(f).getBytes(charset).length));
			}
		}
		int headerBytes = 32 + 32 * fields.size() + 1;
		int recordBytes = 1 + Arrays.stream(widths).sum();
		ByteBuffer dbf = ByteBuffer.allocate(headerBytes + rows.size() * recordBytes + 1)
			.order(ByteOrder.LITTLE_ENDIAN);
		dbf.put((byte) 3).put(new byte[] { 124, 1, 1 }).putInt(rows.size());
		dbf.putShort((short) headerBytes).putShort((short) recordBytes).position(32);
		for (int f = 0; f < fields.size(); f++) {
			byte[] name = Arrays.copyOf(fields.get(f).getBytes(charset), 11);
			dbf.put(name).put((byte) 'C').put(new byte[4]).put((byte) widths[f]).put(new byte[15]);
		}
		dbf.put((byte) 0x0D);
		for (List<String> row : rows) {
			dbf.put((byte) ' ');
			for (int f = 0; f < fields.size(); f++) {
				byte[] value = row.get(f).getBytes(charset);
				dbf.put(value).put(" ".repeat(widths[f] - value.length).getBytes(charset));
			}
		}
		return dbf.put((byte) 0x1A).array();
	}

	/** The files zipped, in the order given. */
	public static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A complete set: the .shp, .shx and .dbf, plus a .prj when {@code prj} is not null.
	 */
	public static Map<String, byte[]> set(String base, List<List<double[][]>> shapes, byte[] dbf, String prj) {
		byte[][] shpShx = polygons(shapes);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(base + ".shp", shpShx[0]);
		files.put(base + ".shx", shpShx[1]);
		files.put(base + ".dbf", dbf);
		if (prj != null) {
			files.put(base + ".prj", prj.getBytes(Charset.forName("US-ASCII")));
		}
		return files;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] joined = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, joined, first.length, second.length);
		return joined;
	}

}
