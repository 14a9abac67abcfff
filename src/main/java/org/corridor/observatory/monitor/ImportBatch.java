package org.corridor.observatory.monitor;

import java.time.Instant;

/**
 * One accepted import of figures: waiting for publication, published, or withdrawn.
 *
 * @param id the batch id
 * @param fileName the file imported (or what produced the figures)
 * @param format csv, xlsx, generated or round
 * @param encoding the text encoding detected, or null
 * @param rowCount how many figures the batch holds
 * @param inserted figures new to the published ones (0 until published)
 * @param updated figures that replaced a published value, kept as a revision (0 until
 * published)
 * @param demo whether the batch is generated demo data
 * @param importedAt when it was stored
 * @param state where it stands
 * @param importedBy who imported it
 */
public record ImportBatch(long id, String fileName, String format, String encoding, int rowCount, int inserted,
		int updated, boolean demo, Instant importedAt, BatchState state, String importedBy) {

	public int rows() {
		return this.rowCount;
	}

}
