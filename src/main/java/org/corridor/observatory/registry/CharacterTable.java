package org.corridor.observatory.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A one-character-to-one-character mapping over all of Unicode. Characters of the Basic
 * Multilingual Plane, nearly every name's, are looked up in a flat array so that mapping
 * a name allocates nothing per character; the rare supplementary characters go through a
 * map.
 */
final class CharacterTable {

	private final char[] basic = new char[0x10000];

	private final Map<Integer, Integer> supplementary = new HashMap<>();

	private int size;

	/** The character {@code from} maps to, or {@code from} itself when unmapped. */
	int map(int from) {
		if (from < 0x10000) {
			char to = this.basic[from];
			return (to != 0) ? to : from;
		}
		return this.supplementary.getOrDefault(from, from);
	}

	int size() {
		return this.size;
	}

	/** Adds a mapping unless {@code from} already has one: the first entry wins. */
	void putIfAbsent(int from, int to) {
		if (from < 0x10000 && to < 0x10000) {
			if (this.basic[from] == 0) {
				this.basic[from] = (char) to;
				this.size++;
			}
		}
		else if (this.supplementary.putIfAbsent(from, to) == null) {
			this.size++;
		}
	}

	/**
	 * The two directions of the shipped table {@code registry/t2s-characters.txt}: one
	 * "Traditional Simplified" pair per line. A line whose two characters are the same
	 * only says which traditional form comes first when converting back.
	 */
	static CharacterTable[] loadTraditionalSimplified() {
		CharacterTable toSimplified = new CharacterTable();
		CharacterTable toTraditional = new CharacterTable();
		String resource = "/registry/t2s-characters.txt";
		try (InputStream in = CharacterTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int space = line.indexOf(' ');
				if (space < 0) {
					continue;
				}
				int traditional = line.codePointAt(0);
				int simplified = line.codePointAt(space + 1);
				if (traditional != simplified) {
					toSimplified.putIfAbsent(traditional, simplified);
				}
				toTraditional.putIfAbsent(simplified, traditional);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CharacterTable[] { toSimplified, toTraditional };
	}

}
