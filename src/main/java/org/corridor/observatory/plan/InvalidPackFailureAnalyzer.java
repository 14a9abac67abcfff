package org.corridor.observatory.plan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says why the start stopped on an invalid plan pack: the whole problem report and what
 * to do, without a stack trace.
 */
class InvalidPackFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPlanPackException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidPlanPackException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"改正规划包后重新启动（可先用 validate <pack> 检查），或用 --observatory.plan.location 指定另一个规划包 / correct"
						+ " the pack and start again (check it first with: validate <pack>), or name another pack"
						+ " with --observatory.plan.location",
				cause);
	}

}
