package org.corridor.observatory.notify;

/**
 * Something to tell accounts, in Chinese and English.
 *
 * @param kind what it is about ({@code returned}, {@code due} …), for the page to label
 * @param subjectZh the mail's subject in Chinese
 * @param subjectEn the mail's subject in English
 * @param textZh what to tell, in Chinese
 * @param textEn what to tell, in English
 * @param link the path in the app (starting with {@code /}) it is about, or null
 */
public record Notice(String kind, String subjectZh, String subjectEn, String textZh, String textEn, String link) {

	public Notice {
		if (link != null && !Notification.isLocal(link)) {
			throw new IllegalArgumentException("a notice links to a path in the app: " + link);
		}
	}

}
