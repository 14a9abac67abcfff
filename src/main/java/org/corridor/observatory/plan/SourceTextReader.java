package org.corridor.observatory.plan;

import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/**
 * Reads the plan's own text (the file {@code plan.yaml} names in {@code source_text},
 * usually {@code source.txt}), in which every {@code source:} quote of the other files
 * must occur.
 */
final class SourceTextReader {

	private final PackFiles files;

	private final Problems problems;

	SourceTextReader(PackFiles files, Problems problems) {
		this.files = files;
		this.problems = problems;
	}

	/**
	 * The text of the named file; empty, and reported, when it is missing or not UTF-8.
	 */
	String read(String name) {
		if (name == null) {
			return "";
		}
		Optional<byte[]> bytes = this.files.read(name);
		if (bytes.isEmpty()) {
			this.problems.add(PlanHeaderReader.FILE, "source_text", "找不到规划原文文件 " + name,
					"source text file " + name + " is missing");
			return "";
		}
		try {
			return PackFiles.utf8(bytes.get());
		}
		catch (CharacterCodingException ex) {
			this.problems.add(name, "/", "规划原文不是 UTF-8 编码", "the source text is not UTF-8 encoded");
			return "";
		}
	}

}
