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

	private final int total;

	/**
	 * @param problems every problem found; a {@link ProblemList} that reached its limit
	 * is listed as far as it kept them, with a last problem saying how many more there
	 * were
	 */
	public ImportRejectedException(List<ImportProblem> problems) {
		super(summary(problems, total(problems)));
		this.problems = (problems instanceof ProblemList capped) ? capped.listed() : List.copyOf(problems);
		this.total = total(problems);
	}

	/**
	 * The problems, in the order found; when there were too many to keep, the last one
	 * says how many more there were (see {@link #total()}).
	 */
	public List<ImportProblem> problems() {
		return this.problems;
	}

	/** How many problems were found, including any not listed. */
	public int total() {
		return this.total;
	}

	private static int total(List<ImportProblem> problems) {
		return (problems instanceof ProblemList capped) ? capped.total() : problems.size();
	}

	private static String summary(List<ImportProblem> problems, int total) {
		boolean cut = problems instanceof ProblemList capped && capped.stoppedAt() > 0;
		StringBuilder text = new StringBuilder();
		text.append("文件被拒绝，未导入任何数据，")
			.append(cut ? "至少 " : "共 ")
			.append(total)
			.append(" 个问题 / file rejected, nothing imported: ")
			.append(cut ? "at least " : "")
			.append(total)
			.append((total == 1) ? " problem" : " problems");
		problems.stream().limit(SHOWN).forEach((problem) -> text.append("\n").append(problem));
		if (total > SHOWN) {
			int more = total - SHOWN;
			text.append("\n……另有 ").append(more).append(" 个问题 / … and ").append(more).append(" more");
		}
		return text.toString();
	}

}
