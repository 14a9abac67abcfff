package org.corridor.observatory.cli;

/**
 * A command that cannot go on, with the one line (中文 / English) that says what to do and
 * the exit code; printed without a stack trace.
 */
class CliFailure extends RuntimeException {

	private final int exitCode;

	CliFailure(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return this.exitCode;
	}

}
