package org.corridor.observatory.audit;

/**
 * A change was recorded in the audit log (every change of the application's data is).
 * Published in the change's transaction, so listeners that act after its commit learn of
 * every change without knowing each kind.
 *
 * @param action what was done
 * @param entity the kind of thing changed
 */
public record AuditRecorded(String action, String entity) {
}
