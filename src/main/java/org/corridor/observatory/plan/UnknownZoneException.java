package org.corridor.observatory.plan;

/** Raised when a zone code is not part of the plan. */
public class UnknownZoneException extends RuntimeException {

	public UnknownZoneException(String planId, String code) {
		super("计划 " + planId + " 中没有空间单元 " + code + " / plan " + planId + " has no zone " + code);
	}

}
