package org.corridor.observatory.monitor;

import java.time.Instant;

/**
 * One accepted import of figures.
 *
 * @param id the batch id
 * @param fileName the file imported
 * @param format csv, xlsx or generated
 * @param encoding the text encoding detected, or null
 * @param inserted figures new to the database
 * @param updated figures that replaced an earlier value (kept as a revision)
 * @param demo whether the batch is generated demo data
 * @param importedAt when it was stored
 */
public record ImportBatch(long id, String fileName, String format, String encoding, int inserted, int updated,
		boolean demo, Instant importedAt) {

	public int rows() {
		return this.inserted + this.updated;
	}

}
