package org.corridor.observatory.monitor.imports;

import java.util.List;

import org.corridor.observatory.tabular.TabularFile;

/**
 * An observation file that passed every check: how it was read and all its figures.
 *
 * @param format {@link TabularFile#CSV} or {@link TabularFile#XLSX}
 * @param encoding the character set a CSV was decoded with ({@code "UTF-8"} or
 * {@code "GB18030"}); null for XLSX, which carries its own
 * @param records the figures, in file order
 */
public record ParsedFile(String format, String encoding, List<ObservationRecord> records) {

	public ParsedFile {
		records = List.copyOf(records);
	}

}
