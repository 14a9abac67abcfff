/**
 * The audit trail (强制留痕): every change of state writes one append-only entry in the same
 * transaction as the change — who, when, what (entity and key), before and after, from
 * where — chained by hashes so that a changed, removed or inserted entry is found. No
 * code path updates or deletes an entry.
 */
package org.corridor.observatory.audit;
