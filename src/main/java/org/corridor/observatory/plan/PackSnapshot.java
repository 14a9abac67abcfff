package org.corridor.observatory.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files of a pack held in memory: what the pack held when it was loaded, so that a
 * version of the plan is the same pack with its own {@code indicators.yaml},
 * {@code rules.yaml} and {@code decomposition.yaml} ({@link PlanTexts}), and a pack can
 * be written back out as a folder (a zip) that {@link PlanPackLoader} loads.
 */
public final class PackSnapshot implements PackFiles {

	/**
	 * The composite indices' definitions, read by the {@code compositeindex} module
	 * (above this one), travelling with every version of the pack.
	 */
	public static final String INDICES_FILE = "indices.yaml";

	/** The files a pack may hold, besides its source text, in the format's order. */
	static final List<String> FILES = List.of(PlanHeaderReader.FILE, GoalReader.FILE, IndicatorReader.FILE,
			ZoneReader.FILE, PlatformReader.FILE, DomainReader.FILE, IndustryReader.FILE, ProgrammeReader.FILE,
			GeometryReader.FILE, DecompositionReader.FILE, RuleReader.FILE, INDICES_FILE);

	private final String location;

	private final Map<String, byte[]> files;

	private PackSnapshot(String location, Map<String, byte[]> files) {
		this.location = location;
		this.files = files;
	}

	/** Every file of the pack, its source text included, as it is now. */
	public static PackSnapshot of(PackFiles pack) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : FILES) {
			pack.read(name).ifPresent((bytes) -> files.put(name, bytes));
		}
		String source = sourceFile(files.get(PlanHeaderReader.FILE));
		if (source != null) {
			pack.read(source).ifPresent((bytes) -> files.put(source, bytes));
		}
		return new PackSnapshot(pack.location(), files);
	}

	/** The name of the source text file that {@code plan.yaml} gives, or null. */
	private static String sourceFile(byte[] planYaml) {
		if (planYaml == null) {
			return null;
		}
		try {
			Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new String(planYaml, StandardCharsets.UTF_8));
			if (parsed instanceof Map<?, ?> map && map.get("source_text") instanceof String name && !name.contains("/")
					&& !name.contains("\\") && !name.contains("..")) {
				return name;
			}
		}
		catch (RuntimeException ex) {
			// an unreadable plan.yaml is reported by the loader
		}
		return null;
	}

	@Override
	public String location() {
		return this.location;
	}

	@Override
	public Optional<byte[]> read(String name) {
		return Optional.ofNullable(this.files.get(name)).map(byte[]::clone);
	}

	/** The text of {@code indicators.yaml}, or "" when the pack has none. */
	public String indicatorsYaml() {
		byte[] bytes = this.files.get(IndicatorReader.FILE);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : "";
	}

	/** The texts an adjustment may change, as the pack has them. */
	public PlanTexts texts() {
		return new PlanTexts(indicatorsYaml(), text(RuleReader.FILE), text(DecompositionReader.FILE));
	}

	private String text(String name) {
		byte[] bytes = this.files.get(name);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : "";
	}

	/**
	 * The same pack with the texts of a version: an empty text leaves the file out
	 * ({@code rules.yaml} and {@code decomposition.yaml} are optional).
	 */
	public PackSnapshot with(PlanTexts texts) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> file : this.files.entrySet()) {
			files.put(file.getKey(), file.getValue());
		}
		put(files, IndicatorReader.FILE, texts.indicators());
		put(files, RuleReader.FILE, texts.rules());
		put(files, DecompositionReader.FILE, texts.decomposition());
		return new PackSnapshot(this.location, ordered(files));
	}

	private static void put(Map<String, byte[]> files, String name, String text) {
		if (text.isEmpty()) {
			files.remove(name);
		}
		else {
			files.put(name, text.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The files in the format's order, the source text last. */
	private static Map<String, byte[]> ordered(Map<String, byte[]> files) {
		Map<String, byte[]> ordered = new LinkedHashMap<>();
		for (String name : FILES) {
			if (files.containsKey(name)) {
				ordered.put(name, files.get(name));
			}
		}
		files.forEach(ordered::putIfAbsent);
		return ordered;
	}

	/** The same pack with {@code indicators.yaml} replaced by {@code text}. */
	public PackSnapshot withIndicators(String text) {
		Map<String, byte[]> files = new LinkedHashMap<>(this.files);
		files.put(IndicatorReader.FILE, text.getBytes(StandardCharsets.UTF_8));
		return new PackSnapshot(this.location, files);
	}

	/** The names of the files held, in the format's order. */
	public List<String> names() {
		return List.copyOf(this.files.keySet());
	}

	/** The pack as a zip of its files, each at the top of the archive. */
	public byte[] zip() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : this.files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
