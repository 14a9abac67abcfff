package org.corridor.observatory.chain.reference;

import java.util.List;

/**
 * What an import did to a plan's reference region.
 *
 * @param batchId the import's id; 0 when nothing was stored (demo figures offered while
 * figures from a file are stored)
 * @param region the reference region imported
 * @param figures how many figures were stored
 * @param years the years they are for, ascending
 * @param replaced how many stored figures they replaced; those are kept as revisions
 * @param wholeReplaced whether every stored year was replaced, not only the years
 * imported: the stored figures were of another region or demo data, which cannot stand
 * beside the new ones
 * @param demo whether the figures are demo data
 */
public record ReferenceImportResult(long batchId, String region, int figures, List<Integer> years, int replaced,
		boolean wholeReplaced, boolean demo) {

	public ReferenceImportResult {
		years = List.copyOf(years);
	}

}
