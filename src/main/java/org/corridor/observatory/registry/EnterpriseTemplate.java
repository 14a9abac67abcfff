package org.corridor.observatory.registry;

import java.util.Locale;

/** The downloadable templates of an enterprise file; see {@link FileTemplate}. */
public final class EnterpriseTemplate {

	private EnterpriseTemplate() {
	}

	/** The workbook, in Chinese for a Chinese locale and in English otherwise. */
	public static byte[] xlsx(Locale locale) {
		return FileTemplate.ENTERPRISES.xlsx(locale);
	}

	/** The CSV template with Chinese headers, as Excel in China expects. */
	public static byte[] csv() {
		return csv(Locale.SIMPLIFIED_CHINESE);
	}

	/** The header row as UTF-8 CSV with a byte-order mark. */
	public static byte[] csv(Locale locale) {
		return FileTemplate.ENTERPRISES.csv(locale);
	}

}
