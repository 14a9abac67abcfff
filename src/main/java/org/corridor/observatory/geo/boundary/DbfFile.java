package org.corridor.observatory.geo.boundary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute half of a Shapefile: a dBASE III table, one record per shape. Every field
 * is read as trimmed text (numbers as written, so a division code keeps its digits).
 * dBASE records no usable encoding, so it comes from the {@code .cpg} when there is one;
 * otherwise strict UTF-8 is tried over all text and, failing that, GBK (as GB18030, its
 * superset), which is what Chinese desktop GIS writes.
 */
final class DbfFile {

	private static final int FIELD_BYTES = 32;

	private static final byte HEADER_END = 0x0D;

	private static final byte DELETED = '*';

	private DbfFile() {
	}

	/**
	 * Each record's fields, in record order, with null for a deleted record; null after
	 * adding a problem.
	 * @param charset the encoding the {@code .cpg} names, or null to detect it
	 */
	static List<Map<String, String>> read(byte[] dbf, Charset charset, List<BoundaryProblem> problems) {
		ByteBuffer buffer = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
		if (dbf.length < FIELD_BYTES + 1) {
			problems.add(BoundaryProblem.ofFile(".dbf", null, ".dbf 文件头无效", "the .dbf has no valid header"));
			return null;
		}
		int records = buffer.getInt(4);
		int headerBytes = Short.toUnsignedInt(buffer.getShort(8));
		int recordBytes = Short.toUnsignedInt(buffer.getShort(10));
		long needed = headerBytes + (long) records * recordBytes;
		if (records < 0 || headerBytes > dbf.length || needed > dbf.length) {
			problems.add(BoundaryProblem.ofFile(".dbf", String.valueOf(dbf.length),
					".dbf 文件被截断：应有 " + needed + " 字节，实际只有 " + dbf.length + " 字节",
					"the .dbf is truncated: it should have " + needed + " bytes but has " + dbf.length));
			return null;
		}
		List<int[]> fields = new ArrayList<>();
		for (int at = FIELD_BYTES; at + FIELD_BYTES <= headerBytes && dbf[at] != HEADER_END; at += FIELD_BYTES) {
			fields.add(new int[] { at, Byte.toUnsignedInt(dbf[at + 16]) });
		}
		for (Charset candidate : (charset != null) ? List.of(charset)
				: List.of(StandardCharsets.UTF_8, StrictText.GB18030)) {
			List<Map<String, String>> table = decode(dbf, fields, headerBytes, records, recordBytes, candidate);
			if (table != null) {
				return table;
			}
		}
		String tried = (charset != null) ? charset.name() : "UTF-8 / GBK";
		problems.add(BoundaryProblem.ofFile(".dbf", tried, ".dbf 的属性文本不是 " + tried + " 编码；请附上注明编码的 .cpg 文件",
				"the .dbf attribute text is not valid " + tried + "; add a .cpg file naming its encoding"));
		return null;
	}

	/** The table in {@code charset}, or null when some text is not valid in it. */
	private static List<Map<String, String>> decode(byte[] dbf, List<int[]> fields, int headerBytes, int records,
			int recordBytes, Charset charset) {
		List<String> names = new ArrayList<>();
		for (int[] field : fields) {
			int length = 0;
			while (length < 11 && dbf[field[0] + length] != 0) {
				length++;
			}
			String name = StrictText.decode(dbf, field[0], length, charset);
			if (name == null) {
				return null;
			}
			names.add(name.strip());
		}
		List<Map<String, String>> table = new ArrayList<>();
		for (int r = 0; r < records; r++) {
			int at = headerBytes + r * recordBytes;
			if (dbf[at] == DELETED) {
				table.add(null);
				continue;
			}
			Map<String, String> row = new LinkedHashMap<>();
			int offset = at + 1;
			for (int f = 0; f < fields.size(); f++) {
				int length = Math.min(fields.get(f)[1], Math.max(0, at + recordBytes - offset));
				String value = StrictText.decode(dbf, offset, length, charset);
				if (value == null) {
					return null;
				}
				row.put(names.get(f), value.replace('\0', ' ').strip());
				offset += fields.get(f)[1];
			}
			table.add(row);
		}
		return table;
	}

}
