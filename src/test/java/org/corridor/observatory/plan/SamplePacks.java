package org.corridor.observatory.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

	public static List<String> describe(List<PackProblem> problems) {
		return problems.stream().map(PackProblem::toString).toList();
	}

}
