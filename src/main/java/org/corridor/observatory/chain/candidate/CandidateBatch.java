package org.corridor.observatory.chain.candidate;

import java.time.Instant;

/**
 * One candidate list a plan has held, current or replaced.
 *
 * @param id the list's id
 * @param source the file it came from, or the demo seed
 * @param demo whether it is demo data
 * @param importedAt when it was imported
 * @param replacedAt when a later list replaced it; null for the current list
 * @param firms how many firms it holds
 */
public record CandidateBatch(long id, String source, boolean demo, Instant importedAt, Instant replacedAt, int firms) {
}
