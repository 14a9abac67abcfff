package org.corridor.observatory.plan;

/**
 * A step on a proposal that its state, or who proposed it, does not allow: a second
 * proposal while one waits, approving a decided one, or approving one's own.
 */
public class PlanVersionConflictException extends RuntimeException {

	public PlanVersionConflictException(String zh, String en) {
		super(zh + " / " + en);
	}

}
