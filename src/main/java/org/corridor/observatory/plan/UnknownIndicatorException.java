package org.corridor.observatory.plan;

/** Raised when an indicator code is not part of the plan. */
public class UnknownIndicatorException extends RuntimeException {

	public UnknownIndicatorException(String planId, String code) {
		super("计划 " + planId + " 中没有指标 " + code + " / plan " + planId + " has no indicator " + code);
	}

}
