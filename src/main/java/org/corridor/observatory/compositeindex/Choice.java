package org.corridor.observatory.compositeindex;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A choice of an index definition named by a word of the pack or a request
 * ({@link Normalisation}, {@link Aggregation}, {@link MissingRule}): one way to read the
 * word for all three.
 */
interface Choice {

	/** The constant's name, as every enum has it. */
	String name();

	/**
	 * The word that names it: its constant's name in lower case, words joined by hyphens
	 * ({@code MIN_MAX} → {@code min-max}).
	 */
	default String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The value of {@code type} the word names; null for null or blank.
	 * @throws IllegalArgumentException for any other word, listing the words allowed
	 */
	static <E extends Enum<E> & Choice> E parse(Class<E> type, String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		E value = find(type, key.trim());
		if (value == null) {
			String words = words(type);
			throw new IllegalArgumentException(
					"应为以下之一:" + words + "(实为 " + key + ") / must be one of " + words + " (not " + key + ")");
		}
		return value;
	}

	/** The value of {@code type} the word names exactly, or null. */
	static <E extends Enum<E> & Choice> E find(Class<E> type, String key) {
		for (E value : type.getEnumConstants()) {
			if (value.key().equals(key)) {
				return value;
			}
		}
		return null;
	}

	/** The words of {@code type}, in order, comma-separated. */
	static <E extends Enum<E> & Choice> String words(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Choice::key).collect(Collectors.joining(", "));
	}

}
