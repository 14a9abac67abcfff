package org.corridor.observatory.notify;

import java.time.Instant;

/**
 * A notice as one account got it in the app.
 *
 * @param id its number
 * @param kind what it is about
 * @param textZh the text in Chinese
 * @param textEn the text in English
 * @param link the path in the app it is about, or null
 * @param createdAt when it was made
 * @param readAt when the account opened it, or null while unread
 */
public record Notification(long id, String kind, String textZh, String textEn, String link, Instant createdAt,
		Instant readAt) {

	public boolean isRead() {
		return this.readAt != null;
	}

	/** Whether a link is a path of this application (not another site's address). */
	static boolean isLocal(String link) {
		return link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
	}

}
