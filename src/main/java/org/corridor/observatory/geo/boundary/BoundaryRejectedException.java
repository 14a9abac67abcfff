package org.corridor.observatory.geo.boundary;

import java.util.List;

/**
 * A boundary file refused as a whole: no boundary of it is imported, and every problem
 * found is carried so the person can fix them all in one pass.
 */
public class BoundaryRejectedException extends RuntimeException {

	/** How many problems the message lists; the full list is in {@link #problems()}. */
	private static final int SHOWN = 5;

	private final transient List<BoundaryProblem> problems;

	public BoundaryRejectedException(List<BoundaryProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<BoundaryProblem> problems() {
		return this.problems;
	}

	private static String summary(List<BoundaryProblem> problems) {
		StringBuilder text = new StringBuilder();
		text.append("边界文件被拒绝，未导入任何边界，共 ")
			.append(problems.size())
			.append(" 个问题 / boundary file rejected, nothing imported: ")
			.append(problems.size())
			.append((problems.size() == 1) ? " problem" : " problems");
		problems.stream().limit(SHOWN).forEach((problem) -> text.append("\n").append(problem));
		if (problems.size() > SHOWN) {
			int more = problems.size() - SHOWN;
			text.append("\n……另有 ").append(more).append(" 个问题 / … and ").append(more).append(" more");
		}
		return text.toString();
	}

}
