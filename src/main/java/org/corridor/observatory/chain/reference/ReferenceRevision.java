package org.corridor.observatory.chain.reference;

import java.time.Instant;

/**
 * A reference figure a later import replaced, kept as it was.
 *
 * @param figure the figure
 * @param replacedAt when it was replaced
 * @param replacedBy the source of the import that replaced it (a file name, or the demo
 * seed)
 */
public record ReferenceRevision(ReferenceFigure figure, Instant replacedAt, String replacedBy) {
}
