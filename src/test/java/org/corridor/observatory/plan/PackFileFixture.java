package org.corridor.observatory.plan;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One pack file read by its reader alone, outside the loader: the file parsed as the
 * loader parses it, the codes and references its reader notes down, and the problems it
 * reports as {@code file : path : 中文 / English}.
 */
final class PackFileFixture {

	final Problems problems = new Problems();

	final CrossReferences codes = new CrossReferences();

	/** The root node of a file with the given name and YAML text. */
	Node file(String name, String yaml) {
		return PlanPackLoader.parse(name, yaml.getBytes(StandardCharsets.UTF_8), this.problems);
	}

	List<String> problems() {
		return SamplePacks.describe(this.problems.list());
	}

	/**
	 * A plan of 2026–2030 with baseline 2025, outlook 2040 and milestones 2030 and 2040.
	 */
	static PlanHeader header() {
		LocalizedText name = LocalizedText.of("河谷", "Valley");
		return new PlanHeader("valley", "1.0.0", name, name, name, 2026, 2030, 2025, 2040, List.of(2030, 2040));
	}

}
