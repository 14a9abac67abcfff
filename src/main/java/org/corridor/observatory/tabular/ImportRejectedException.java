package org.corridor.observatory.tabular;

import java.util.List;

/**
 * An observation file refused as a whole: nothing of it is imported, and every problem
 * found is carried so the person can fix them all in one pass.
 */
public class ImportRejectedException extends RuntimeException {

	/** How many problems the message lists; the full list is in {@link #problems()}. */
	private static final int SHOWN = 5;

	private final transient List<ImportProblem> problems;

	public ImportRejectedException(List<ImportProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

	private static String summary(List<ImportProblem> problems) {
		StringBuilder text = new StringBuilder();
		text.append("文件被拒绝，未导入任何数据，共 ")
			.append(problems.size())
			.append(" 个问题 / file rejected, nothing imported: ")
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
