package org.corridor.observatory.monitor.round;

/**
 * A step a zone's figures cannot take in their state: submitting figures already
 * submitted, changing published ones (HTTP 409).
 */
public class RoundConflictException extends RuntimeException {

	public RoundConflictException(String message) {
		super(message);
	}

}
