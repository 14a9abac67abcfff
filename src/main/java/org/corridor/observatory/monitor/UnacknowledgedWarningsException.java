package org.corridor.observatory.monitor;

import java.util.List;

/**
 * A figures file that brings warnings not every one of which is acknowledged with a
 * comment: nothing was stored; the uploader sends it again with the acknowledgements.
 */
public class UnacknowledgedWarningsException extends RuntimeException {

	private final List<UploadWarning> warnings;

	private final List<String> missing;

	/**
	 * @param warnings every warning the file brings
	 * @param missing the keys of those without an acknowledgement
	 */
	public UnacknowledgedWarningsException(List<UploadWarning> warnings, List<String> missing) {
		super("文件有 " + missing.size() + " 条警告须逐条填写说明后才能导入，未做任何更改 / the file brings " + missing.size()
				+ " warnings to acknowledge each with a comment before it is stored; nothing was changed");
		this.warnings = List.copyOf(warnings);
		this.missing = List.copyOf(missing);
	}

	public List<UploadWarning> warnings() {
		return this.warnings;
	}

	/** The keys of the warnings without an acknowledgement. */
	public List<String> missing() {
		return this.missing;
	}

}
