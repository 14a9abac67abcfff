package org.corridor.observatory.monitor.imports;

import java.util.List;

/**
 * An observation file that passed every check: how it was read and all its figures.
 *
 * @param format {@link #CSV} or {@link #XLSX}
 * @param encoding the character set a CSV was decoded with ({@code "UTF-8"} or
 * {@code "GB18030"}); null for XLSX, which carries its own
 * @param records the figures, in file order
 */
public record ParsedFile(String format, String encoding, List<ObservationRecord> records) {

	public static final String CSV = "CSV";

	public static final String XLSX = "XLSX";

	public ParsedFile {
		records = List.copyOf(records);
	}

}
