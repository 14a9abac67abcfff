package org.corridor.observatory.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;

/**
 * Named plan packs for tests: the default corridor pack, the small second pack, and
 * copies to break.
 */
public final class SamplePacks {

	public static final String CORRIDOR = "packs/chengxi-2021";

	public static final String RIVERSIDE = "packs/riverside-2026";

	private static final String COMPUTED = """
			  - code: AI_CHAIN_REVENUE
			    name: {zh: 人工智能产业链企业营业收入, en: AI-chain firms' operating revenue}
			    unit: {zh: 万元, en: 10 thousand CNY}
			    category: DIGITAL_ECONOMY
			    direction: higher
			    attribute: unspecified
			    targets:
			      - year: 2025
			        comparator: gt
			        value: 10000
			    frequency: annual
			    query: {%s}
			    source: "到2025年,數字經濟核心產業營業收入超過10000億元"
			""";

	private SamplePacks() {
	}

	public static Plan corridor() {
		return PlanPackLoader.load(PackFiles.classpath(CORRIDOR));
	}

	public static Plan riverside() {
		return PlanPackLoader.load(PackFiles.classpath(RIVERSIDE));
	}

	/** A writable copy of a class-path pack in {@code target}, to be broken by a test. */
	public static Path copy(String pack, Path into) {
		try {
			Path source = new ClassPathResource(pack).getFile().toPath();
			try (Stream<Path> files = Files.list(source)) {
				for (Path file : files.toList()) {
					Files.copy(file, into.resolve(file.getFileName()));
				}
			}
			return into;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces one exact text in a file of a copied pack; fails if the text is not there.
	 */
	public static void replace(Path pack, String file, String from, String to) {
		try {
			Path path = pack.resolve(file);
			String text = Files.readString(path, StandardCharsets.UTF_8);
			if (!text.contains(from)) {
				throw new IllegalArgumentException(file + " does not contain: " + from);
			}
			Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of the corridor pack with one computed indicator appended. */
	public static Path withComputed(Path folder, String query) {
		Path pack = SamplePacks.copy(SamplePacks.CORRIDOR, folder);
		try {
			Files.writeString(pack.resolve("indicators.yaml"), COMPUTED.formatted(query), StandardCharsets.UTF_8,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pack;
	}

	public static List<String> describe(List<PackProblem> problems) {
		return problems.stream().map(PackProblem::toString).toList();
	}

}
