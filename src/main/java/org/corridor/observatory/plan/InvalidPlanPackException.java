package org.corridor.observatory.plan;

import java.util.List;
import java.util.stream.Collectors;

/** Raised when a plan pack does not validate; carries every problem found. */
public class InvalidPlanPackException extends RuntimeException {

	private final transient List<PackProblem> problems;

	public InvalidPlanPackException(String location, List<PackProblem> problems) {
		super("规划包无效 / invalid plan pack " + location + " (" + problems.size() + " problems):\n"
				+ problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<PackProblem> problems() {
		return this.problems;
	}

}
