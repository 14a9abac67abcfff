package org.corridor.observatory.chain.web;

/**
 * An API response that says whether it carries demo data, as the other features' APIs do:
 * when it does, {@code notice} says so in both languages.
 *
 * @param <T> the payload type
 * @param demo whether the payload rests on demo data
 * @param notice the DEMO notice, or null
 * @param data the payload
 */
record Labelled<T>(boolean demo, String notice, T data) {

	static final String NOTICE = "DEMO:含演示数据(随机生成,非真实统计)/ contains generated demo data, not real statistics";

	static <T> Labelled<T> of(boolean demo, T data) {
		return new Labelled<>(demo, demo ? NOTICE : null, data);
	}

}
