package org.corridor.observatory.registry.enterprise;

/**
 * What an enterprise import changed.
 *
 * @param rows the data rows of the file
 * @param firms the distinct firms (credit codes) in the file
 * @param inserted firms new to the registry
 * @param updated firms already registered, now updated
 * @param years yearly figures written, new or changed; unchanged ones are not rewritten
 * @param revisions earlier yearly figures replaced and kept as revisions
 * @param tiers tier entries written
 * @param located firms with a position, now on the map
 */
public record ImportResult(int rows, int firms, int inserted, int updated, int years, int revisions, int tiers,
		int located) {
}
