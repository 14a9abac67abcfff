package org.corridor.observatory.tabular;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one file, kept up to a limit. A file of a million bad rows would
 * otherwise hold millions of problems that nobody reads; past the limit they are only
 * counted, and {@link ImportRejectedException} ends the list with one problem saying how
 * many more there were.
 */
public final class ProblemList extends AbstractList<ImportProblem> {

	/** How many problems an import keeps unless told otherwise. */
	public static final int LIMIT = 10_000;

	private final List<ImportProblem> kept = new ArrayList<>();

	private final int limit;

	private int omitted;

	/** The row reading stopped at once the list was full; 0 while reading goes on. */
	private int stoppedAt;

	public ProblemList() {
		this(LIMIT);
	}

	public ProblemList(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("the limit must be at least 1: " + limit);
		}
		this.limit = limit;
	}

	/** Keeps the problem while below the limit, else counts it; always true. */
	@Override
	public boolean add(ImportProblem problem) {
		if (this.kept.size() < this.limit) {
			this.kept.add(problem);
		}
		else {
			this.omitted++;
		}
		return true;
	}

	@Override
	public ImportProblem get(int index) {
		return this.kept.get(index);
	}

	/** How many problems are kept. */
	@Override
	public int size() {
		return this.kept.size();
	}

	/** How many problems were added, kept or not. */
	public int total() {
		return this.kept.size() + this.omitted;
	}

	/**
	 * How many problems {@code problems} was given, kept or not: what a check compares
	 * before and after a row to tell whether the row had any.
	 */
	public static int count(List<ImportProblem> problems) {
		return (problems instanceof ProblemList capped) ? capped.total() : problems.size();
	}

	/** How many problems were added past the limit, and not kept. */
	public int omitted() {
		return this.omitted;
	}

	/**
	 * Notes that reading stopped after {@code row}, the list being full: the rows after
	 * it were not checked, so how many more problems there are is not known.
	 */
	public void stopAt(int row) {
		this.stoppedAt = row;
	}

	/**
	 * Whether the rows after {@code row} need not be checked: true, noting the row, once
	 * a problem past the limit was found, since no later row can change the answer.
	 */
	public boolean stopAfter(int row) {
		if (this.omitted == 0) {
			return false;
		}
		stopAt(row);
		return true;
	}

	/**
	 * The row reading stopped at once the list was full; 0 when the file was read whole.
	 */
	public int stoppedAt() {
		return this.stoppedAt;
	}

	/** The problems kept, followed by one saying how many more there were, if any. */
	public List<ImportProblem> listed() {
		if (this.omitted == 0) {
			return List.copyOf(this.kept);
		}
		List<ImportProblem> listed = new ArrayList<>(this.kept);
		if (this.stoppedAt > 0) {
			listed.add(ImportProblem.ofFile(
					"问题超过 " + this.limit + " 个，只列出前 " + this.limit + " 个；读到第 " + this.stoppedAt + " 行即停止，其后的行未检查",
					"more than " + this.limit + " problems: only the first " + this.limit
							+ " are listed; reading stopped at row " + this.stoppedAt
							+ " and the rows after it were not checked"));
		}
		else {
			listed.add(ImportProblem.ofFile("另有 " + this.omitted + " 个问题未列出（只列出前 " + this.limit + " 个）",
					"… and " + this.omitted + " more problems, not listed (only the first " + this.limit + " are)"));
		}
		return List.copyOf(listed);
	}

}
