package org.corridor.observatory.web;

/**
 * An API response that says whether it carries demo data. When it does, {@code notice}
 * says so in both languages, so that no client can show demo figures, firms or platforms
 * as real.
 *
 * @param <T> the payload type
 * @param demo whether the payload rests on demo data
 * @param notice the DEMO notice ({@link DemoNotice#TEXT}), or null
 * @param data the payload
 */
public record Labelled<T>(boolean demo, String notice, T data) {

	public static <T> Labelled<T> of(boolean demo, T data) {
		return new Labelled<>(demo, DemoNotice.orNull(demo), data);
	}

}
