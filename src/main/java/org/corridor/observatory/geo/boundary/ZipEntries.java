package org.corridor.observatory.geo.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of an uploaded zip, by lower-cased name without folders. Names are UTF-8 when
 * the archiver says so and GBK otherwise on Chinese Windows, so GBK is the fallback. The
 * macOS resource-fork copies ({@code __MACOSX/}, {@code ._name}) are not files of the
 * set.
 * <p>
 * A zip bomb (a few megabytes that unpack to gigabytes) is refused without being held:
 * the archive is read twice as a stream, first only counting what each entry unpacks to
 * against {@link #MAX_UNZIPPED_BYTES} and {@link #MAX_ENTRIES}, then, when it fits,
 * unpacking each entry into an array of the size counted. Nothing grows while unpacking,
 * so a refused archive costs one buffer of 64 KiB.
 */
final class ZipEntries {

	/**
	 * The most a Shapefile set may unpack to: far above a 70 000-vertex boundary's 2 MB.
	 */
	static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;

	/** The most files an archive may hold; a Shapefile set has at most a dozen. */
	static final int MAX_ENTRIES = 1000;

	private ZipEntries() {
	}

	/** The files, or null after adding a problem. */
	static Map<String, byte[]> read(byte[] zip, List<BoundaryProblem> problems) {
		try {
			Map<String, byte[]> entries;
			try {
				entries = read(zip, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				entries = read(zip, StrictText.GB18030);
			}
			if (entries.isEmpty()) {
				problems.add(BoundaryProblem.ofFile("zip", null, "文件不是 zip 压缩包，或压缩包为空",
						"the file is not a zip archive, or the archive is empty"));
				return null;
			}
			return entries;
		}
		catch (TooLarge ex) {
			problems.add(BoundaryProblem.ofFile("zip", ex.entry, ex.zh, ex.en));
			return null;
		}
		catch (IOException | IllegalArgumentException ex) {
			problems.add(BoundaryProblem.ofFile("zip", null, "无法解压：压缩包已损坏或不是 zip 格式",
					"cannot unpack the zip: the archive is damaged or not a zip"));
			return null;
		}
	}

	private static Map<String, byte[]> read(byte[] zip, Charset names) throws IOException {
		List<Long> sizes = new ArrayList<>();
		long total = 0;
		byte[] chunk = new byte[64 * 1024];
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (sizes.size() == MAX_ENTRIES) {
					throw new TooLarge(null, "压缩包中的文件超过 " + MAX_ENTRIES + " 个，不是一套 Shapefile",
							"the zip holds more than " + MAX_ENTRIES + " files; that is no Shapefile set");
				}
				long size = 0;
				for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
					size += read;
					if (total + size > MAX_UNZIPPED_BYTES) {
						throw new TooLarge(entry.getName(),
								"解压后超过 " + (MAX_UNZIPPED_BYTES >> 20) + " MB（在 " + entry.getName()
										+ " 处停止）：不是一套边界 Shapefile，或是压缩炸弹",
								"unpacks to more than " + (MAX_UNZIPPED_BYTES >> 20) + " MB (stopped at "
										+ entry.getName() + "): no boundary Shapefile set is that large");
					}
				}
				total += size;
				sizes.add(size);
			}
		}
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
			int index = 0;
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = new byte[Math.toIntExact(sizes.get(index++))];
				int at = in.readNBytes(content, 0, content.length);
				if (at != content.length || in.read() >= 0) {
					throw new IOException("the entry " + entry.getName() + " unpacked differently the second time");
				}
				String path = entry.getName().replace('\\', '/');
				String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
				if (!entry.isDirectory() && !path.startsWith("__MACOSX/") && !name.startsWith("._")) {
					entries.put(name, content);
				}
			}
		}
		return entries;
	}

	/** An archive refused for what it unpacks to. */
	private static final class TooLarge extends IOException {

		final String entry;

		final String zh;

		final String en;

		TooLarge(String entry, String zh, String en) {
			super(en);
			this.entry = entry;
			this.zh = zh;
			this.en = en;
		}

	}

}
