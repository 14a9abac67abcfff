package org.corridor.observatory.plan;

/** Raised when a plan id is not the plan this instance serves. */
public class UnknownPlanException extends RuntimeException {

	public UnknownPlanException(String id) {
		super("没有规划 " + id + " / no plan " + id);
	}

}
