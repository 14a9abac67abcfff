package org.corridor.observatory.registry;

import java.util.Locale;

import org.corridor.observatory.tabular.Cells;

/**
 * A column of an import file the registry reads (enterprises, platforms): its Chinese and
 * English headers, whether it must be present, and what the template says of it.
 */
interface Column {

	String zh();

	String en();

	boolean required();

	String noteZh();

	String noteEn();

	String example();

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

}
