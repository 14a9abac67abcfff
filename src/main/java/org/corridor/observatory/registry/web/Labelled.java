package org.corridor.observatory.registry.web;

/**
 * An API response that says whether it carries demo data. When it does, {@code notice}
 * says so in both languages, so that no client can show demo firms as real. The same
 * record as the monitor's, which is package-private there.
 *
 * @param <T> the payload type
 * @param demo whether any firm in the payload is demo data
 * @param notice the DEMO notice, or null
 * @param data the payload
 */
record Labelled<T>(boolean demo, String notice, T data) {

	static final String NOTICE = "DEMO:含演示数据(随机生成,非真实统计)/ contains generated demo data, not real statistics";

	static <T> Labelled<T> of(boolean demo, T data) {
		return new Labelled<>(demo, demo ? NOTICE : null, data);
	}

	static String noticeIf(boolean demo) {
		return demo ? NOTICE : null;
	}

}
