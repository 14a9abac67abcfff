package org.corridor.observatory.audit;

import java.time.Instant;

/**
 * One recorded change.
 *
 * @param id the entry's place in the chain, from 1
 * @param at when the change was made
 * @param actor who made it (an account's name, {@code public} or {@code system})
 * @param action what was done ({@code import}, {@code create}, {@code approve} …)
 * @param entity the kind of thing changed ({@code observation-batch}, {@code user} …)
 * @param key which one
 * @param zone the zone it concerns, or null
 * @param before the state before, as JSON, or null
 * @param after the state after, as JSON, or null
 * @param address the client's address, or null outside a request
 * @param userAgent the client's user agent, or null
 * @param requestId the request's id, or null
 * @param previousHash the hash of the entry before
 * @param hash the hash of this entry, over the previous hash and every field above
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, String key, String zone,
		String before, String after, String address, String userAgent, String requestId, String previousHash,
		String hash) {

	/** The hash this entry should carry, given the hash of the one before. */
	String expectedHash(String previous) {
		return Hashes.sha256(String.join("\n", previous, Long.toString(this.id), this.at.toString(), this.actor,
				this.action, this.entity, this.key, String.valueOf(this.zone), String.valueOf(this.before),
				String.valueOf(this.after), String.valueOf(this.address), String.valueOf(this.userAgent),
				String.valueOf(this.requestId)));
	}

}
