package org.corridor.observatory.chain.candidate;

/**
 * What an import did to a plan's candidate list.
 *
 * @param listId the id of the list now current; 0 when nothing was stored (demo
 * candidates offered while a list from a file is current)
 * @param candidates how many firms the new list holds
 * @param replaced how many firms the list it replaced held; that list is kept
 * @param demo whether the new list is demo data
 */
public record CandidateImportResult(long listId, int candidates, int replaced, boolean demo) {
}
