package org.corridor.observatory.chain;

/** A chain or segment code the plan does not have. */
public class UnknownChainException extends RuntimeException {

	public UnknownChainException(String planId, String code) {
		super("计划 " + planId + " 中没有产业链或环节 " + code + " / plan " + planId + " has no chain or segment " + code);
	}

}
