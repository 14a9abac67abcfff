package org.corridor.observatory.scenario;

/** No such scenario (or version of one) in the plan. */
public class UnknownScenarioException extends RuntimeException {

	public UnknownScenarioException(String planId, long id, Integer version) {
		super("情景不存在 / no such scenario: " + planId + "/" + id + ((version != null) ? " v" + version : ""));
	}

}
