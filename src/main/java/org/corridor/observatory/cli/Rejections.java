package org.corridor.observatory.cli;

import java.io.PrintWriter;

import org.corridor.observatory.monitor.UnacknowledgedWarningsException;
import org.corridor.observatory.monitor.UploadWarning;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

/**
 * Prints a rejected import the same way for every command: the count, then every problem.
 */
final class Rejections {

	private Rejections() {
	}

	/** Prints the rejection and answers the command's exit code, 1. */
	static int print(PrintWriter to, ImportRejectedException rejection) {
		to.printf("导入被拒绝,未做任何更改 / import rejected, nothing was changed: %d problems%n", rejection.total());
		for (ImportProblem problem : rejection.problems()) {
			to.printf("  行/row %d, 列/column %s, 值/value '%s': %s / %s%n", problem.row(), problem.column(),
					problem.value(), problem.zh(), problem.en());
		}
		return 1;
	}

	/**
	 * Prints the warnings a file brings, with the key each is acknowledged by, and
	 * answers the command's exit code, 6.
	 */
	static int print(PrintWriter to, UnacknowledgedWarningsException warnings) {
		to.printf(
				"文件未导入,未做任何更改:%d 条警告须逐条说明 / the file was not imported, nothing was changed:"
						+ " %d warnings to acknowledge, each with --acknowledge KEY=COMMENT%n",
				warnings.warnings().size(), warnings.warnings().size());
		for (UploadWarning warning : warnings.warnings()) {
			to.printf("  %s%s: %s / %s%n", warning.key(),
					warnings.missing().contains(warning.key()) ? "" : " (已说明/acknowledged)", warning.zh(),
					warning.en());
		}
		return 6;
	}

}
