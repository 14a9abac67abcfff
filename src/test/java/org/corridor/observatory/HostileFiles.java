package org.corridor.observatory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files small on disk and huge once unpacked, built in milliseconds: a zip bomb and a
 * workbook whose shared strings unpack far beyond what it looks like.
 */
public final class HostileFiles {

	private static final int MB = 1 << 20;

	private HostileFiles() {
	}

	/**
	 * A zip of one entry holding {@code megabytes} MiB of zeros (2048: 2 GiB in about 2
	 * MB). A megabyte of zeros deflates to the same 1 036 bytes each time once the window
	 * is full of zeros, so the stream is that block repeated, not compressed anew.
	 */
	public static byte[] zipBomb(String entry, int megabytes) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		byte[] zeros = new byte[MB];
		byte[] buffer = new byte[MB];
		deflater.setInput(zeros);
		byte[] first = Arrays.copyOf(buffer, deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH));
		deflater.setInput(zeros);
		byte[] next = Arrays.copyOf(buffer, deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH));
		deflater.finish();
		byte[] end = Arrays.copyOf(buffer, deflater.deflate(buffer));
		deflater.end();
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		data.writeBytes(first);
		for (int i = 1; i < megabytes; i++) {
			data.writeBytes(next);
		}
		data.writeBytes(end);
		CRC32 crc = new CRC32();
		for (int i = 0; i < megabytes; i++) {
			crc.update(zeros);
		}
		byte[] name = entry.getBytes(StandardCharsets.UTF_8);
		long size = (long) megabytes * MB;
		int compressed = data.size();
		ByteBuffer zip = ByteBuffer.allocate(30 + name.length + compressed + 16 + 46 + name.length + 22)
			.order(ByteOrder.LITTLE_ENDIAN);
		zip.putInt(0x04034b50).putShort((short) 20).putShort((short) 8).putShort((short) 8).putInt(0);
		zip.putInt(0).putInt(0).putInt(0).putShort((short) name.length).putShort((short) 0).put(name);
		zip.put(data.toByteArray());
		zip.putInt(0x08074b50).putInt((int) crc.getValue()).putInt(compressed).putInt((int) size);
		int directory = zip.position();
		zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 8).putShort((short) 8);
		zip.putInt(0).putInt((int) crc.getValue()).putInt(compressed).putInt((int) size);
		zip.putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0);
		zip.putShort((short) 0).putInt(0).putInt(0).put(name);
		int directorySize = zip.position() - directory;
		zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1);
		zip.putInt(directorySize).putInt(directory).putShort((short) 0);
		return zip.array();
	}

	/**
	 * A workbook of one sheet whose shared strings table unpacks to {@code megabytes} MiB
	 * of distinct 210-character texts, at about 1:45 (under POI's 1:100 guard): 300 MiB
	 * is 7 MB on disk.
	 */
	public static byte[] sharedStringsBomb(int megabytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_SPEED);
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
					+ "</Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/workbook.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
							+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
							+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
							+ "<sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
					+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
					+ "</Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
				.getBytes(StandardCharsets.UTF_8));
			Random random = new Random(58);
			String padding = "a".repeat(200);
			long written = 0;
			StringBuilder text = new StringBuilder();
			while (written < (long) megabytes * MB) {
				text.setLength(0);
				for (int i = 0; i < 1000; i++) {
					text.append("<si><t>")
						.append(1_000_000_000 + random.nextInt(1_000_000_000))
						.append(padding)
						.append("</t></si>");
				}
				byte[] chunk = text.toString().getBytes(StandardCharsets.US_ASCII);
				zip.write(chunk);
				written += chunk.length;
			}
			zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
