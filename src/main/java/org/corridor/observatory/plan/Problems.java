package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a pack instead of stopping at the first. */
final class Problems {

	private final List<PackProblem> list = new ArrayList<>();

	void add(String file, String path, String zh, String en) {
		this.list.add(new PackProblem(file, path, zh, en));
	}

	boolean isEmpty() {
		return this.list.isEmpty();
	}

	List<PackProblem> list() {
		return List.copyOf(this.list);
	}

}
