package org.corridor.observatory.audit;

import java.time.LocalDate;

/**
 * Which entries to list; a blank field matches every entry. Dates are days in Beijing
 * time, both included.
 *
 * @param actor an account's name
 * @param entity a kind of thing
 * @param zone a zone code
 * @param from the first day
 * @param to the last day
 */
public record AuditQuery(String actor, String entity, String zone, LocalDate from, LocalDate to) {

	public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

}
