package org.corridor.observatory.geo.boundary;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * The attribute encoding a Shapefile's {@code .cpg} names. ArcGIS writes charset names
 * ({@code UTF-8}, {@code GBK}) or Windows code pages ({@code 936}, {@code ANSI 936},
 * {@code 65001}); every GBK spelling is read as GB18030, its superset.
 */
final class CpgEncoding {

	private CpgEncoding() {
	}

	/** The charset, or null when there is no {@code .cpg} or it names none we know. */
	static Charset of(byte[] cpg, List<BoundaryProblem> problems) {
		if (cpg == null) {
			return null;
		}
		String text = new String(cpg, StandardCharsets.US_ASCII).strip();
		String key = text.toUpperCase(Locale.ROOT).replaceFirst("^(ANSI|CP|WINDOWS-)\\s*", "");
		switch (key) {
			case "UTF-8", "UTF8", "65001" -> {
				return StandardCharsets.UTF_8;
			}
			case "GBK", "936", "GB2312", "GB18030", "54936" -> {
				return StrictText.GB18030;
			}
			default -> {
			}
		}
		try {
			return Charset.forName(key.matches("\\d+") ? "windows-" + key : key);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			problems.add(BoundaryProblem.ofFile(".cpg", text, ".cpg 指定的编码 " + text + " 无法识别",
					"the .cpg names the encoding " + text + ", which is not known"));
			return null;
		}
	}

}
