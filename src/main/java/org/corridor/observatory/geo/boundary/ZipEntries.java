package org.corridor.observatory.geo.boundary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * set. The unpacked size is capped, so a zip bomb is refused rather than exhausting
 * memory.
 */
final class ZipEntries {

	static final long MAX_UNZIPPED_BYTES = 512L * 1024 * 1024;

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
		catch (IOException | IllegalArgumentException ex) {
			problems.add(BoundaryProblem.ofFile("zip", null, "无法解压：" + ex.getMessage(),
					"cannot unpack the zip: " + ex.getMessage()));
			return null;
		}
	}

	private static Map<String, byte[]> read(byte[] zip, Charset names) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String path = entry.getName().replace('\\', '/');
				String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
				if (entry.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith("._")) {
					continue;
				}
				byte[] content = limited(in, MAX_UNZIPPED_BYTES - total);
				total += content.length;
				entries.put(name, content);
			}
		}
		return entries;
	}

	private static byte[] limited(InputStream in, long allowed) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] chunk = new byte[64 * 1024];
		for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
			out.write(chunk, 0, read);
			if (out.size() > allowed) {
				throw new IOException("unpacked size exceeds " + (MAX_UNZIPPED_BYTES >> 20) + " MB / 解压后超过上限");
			}
		}
		return out.toByteArray();
	}

}
