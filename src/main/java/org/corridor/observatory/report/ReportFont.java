package org.corridor.observatory.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font the reports are set in: Noto Sans SC Regular (TrueType outlines; Simplified
 * and Traditional Chinese, Latin), under the SIL Open Font License 1.1. It is not in the
 * repository: the build takes it from a package registry's tarball, checked against a
 * pinned SHA-1, with its licence and package metadata ({@code pom.xml},
 * fetch-report-font), into {@code fonts/} on the class path, so a report renders the same
 * on a bare server.
 */
public final class ReportFont {

	/** Where the font lies on the class path. */
	public static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

	/** Its licence beside it. */
	public static final String LICENCE = "/fonts/LICENSE-NotoSansSC.txt";

	/** What the reports say of it. */
	public static final String NAME = "Noto Sans SC (SIL Open Font License 1.1)";

	private static volatile byte[] bytes;

	private static volatile Font awt;

	private ReportFont() {
	}

	/** The TrueType file. */
	public static byte[] bytes() {
		byte[] found = bytes;
		if (found == null) {
			synchronized (ReportFont.class) {
				if (bytes == null) {
					try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
						if (in == null) {
							throw new IllegalStateException("the report font " + RESOURCE
									+ " is missing from the build (see fetch-report-font in pom.xml)");
						}
						bytes = in.readAllBytes();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				found = bytes;
			}
		}
		return found;
	}

	/** The font for Java2D (charts), at {@code size} points. */
	public static Font awt(float size) {
		Font base = awt;
		if (base == null) {
			synchronized (ReportFont.class) {
				if (awt == null) {
					try {
						awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
					}
					catch (FontFormatException | IOException ex) {
						throw new IllegalStateException("cannot read the report font " + RESOURCE, ex);
					}
				}
				base = awt;
			}
		}
		return base.deriveFont(size);
	}

}
