package org.corridor.observatory.tabular;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column of an import file the registry reads (enterprises, platforms): its Chinese and
 * English headers, whether it must be present, and what the template says of it.
 */
public interface Column {

	/** Its headers, whether it is required, and what the template says of it. */
	Spec spec();

	default String zh() {
		return spec().zh();
	}

	default String en() {
		return spec().en();
	}

	default boolean required() {
		return spec().required();
	}

	default String noteZh() {
		return spec().noteZh();
	}

	default String noteEn() {
		return spec().noteEn();
	}

	default String example() {
		return spec().example();
	}

	/** Whether the template formats the column as text, so Excel keeps what is typed. */
	boolean text();

	int ordinal();

	default String header(boolean chinese) {
		return chinese ? zh() : en();
	}

	/**
	 * A header as columns are matched: ignoring case, width, spaces and a bracketed unit
	 * ({@code 营业收入（万元）} is {@code 营业收入}).
	 */
	static String normalise(String header) {
		String text = Text.foldUpper(Cells.clean(header)).toLowerCase(Locale.ROOT);
		int bracket = text.indexOf('(');
		if (bracket > 0 && text.endsWith(")")) {
			text = text.substring(0, bracket);
		}
		return text.replace(" ", "").replace("-", "_");
	}

	/**
	 * The columns by every header that names them (Chinese, English, aliases),
	 * normalised.
	 */
	static <C extends Column> Map<String, C> headers(C[] columns) {
		Map<String, C> byHeader = new HashMap<>();
		for (C column : columns) {
			byHeader.put(normalise(column.zh()), column);
			byHeader.put(normalise(column.en()), column);
			column.spec().aliases().forEach((alias) -> byHeader.put(normalise(alias), column));
		}
		return Map.copyOf(byHeader);
	}

	/**
	 * What a column is.
	 *
	 * @param zh its Chinese header
	 * @param en its English header
	 * @param required whether a file must have it
	 * @param aliases other headers it is known by
	 * @param noteZh the template's note, in Chinese
	 * @param noteEn the same in English
	 * @param example an example value
	 */
	record Spec(String zh, String en, boolean required, List<String> aliases, String noteZh, String noteEn,
			String example) {
	}

}
