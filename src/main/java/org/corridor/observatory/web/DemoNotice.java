package org.corridor.observatory.web;

/**
 * The one sentence that marks demo data wherever it is shown: API responses, exports, the
 * command line. Pages show their own banner from the message bundle.
 */
public final class DemoNotice {

	/** The notice, in Chinese and English. */
	public static final String TEXT = "DEMO：含演示数据（随机生成，非真实统计）/ contains generated demo data, not real statistics";

	private DemoNotice() {
	}

	/** The notice when {@code demo}, else null. */
	public static String orNull(boolean demo) {
		return demo ? TEXT : null;
	}

}
