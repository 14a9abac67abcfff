package org.corridor.observatory.plan;

/**
 * A step on a proposal that its state does not allow: a second proposal while another
 * person's waits, or deciding one that is not waiting (decided already, or none of that
 * number).
 */
public class PlanVersionConflictException extends RuntimeException {

	public PlanVersionConflictException(String zh, String en) {
		super(zh + " / " + en);
	}

}
