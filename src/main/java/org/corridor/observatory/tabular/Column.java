package org.corridor.observatory.tabular;

import java.util.List;
import java.util.Locale;

/**
 * A column of an import file: its Chinese and English headers (and any other headers it
 * is known by), whether a file must have it, and what its template says of it. Each file
 * kind declares its columns as an enum implementing this; {@link Header} matches a file's
 * header row to them and {@link FileTemplate} writes their template.
 */
public interface Column {

	/** Its headers, whether it is required, and what the template says of it. */
	Spec spec();

	/** Whether the template formats the column as text, so Excel keeps what is typed. */
	boolean text();

	int ordinal();

	default String zh() {
		return spec().zh();
	}

	default String en() {
		return spec().en();
	}

	default boolean required() {
		return spec().required();
	}

	/** The most characters a cell of the column may hold; 0 for no limit of its own. */
	default int maxLength() {
		return spec().maxLength();
	}

	default String header(boolean chinese) {
		return chinese ? zh() : en();
	}

	/** Both headers, for messages about a column the file does not have. */
	default String bilingual() {
		return zh() + " / " + en();
	}

	/** Whether {@code header}, as a file writes it, names this column. */
	default boolean isNamedBy(String header) {
		String wanted = normalise(header);
		return wanted.equals(normalise(zh())) || wanted.equals(normalise(en()))
				|| spec().aliases().stream().anyMatch((alias) -> wanted.equals(normalise(alias)));
	}

	/**
	 * A header as columns are matched: ignoring case, width, spaces and a bracketed unit
	 * ({@code 营业收入（万元）} is {@code 营业收入}).
	 */
	static String normalise(String header) {
		String text = Cells.foldUpper(Cells.clean(header)).toLowerCase(Locale.ROOT);
		int bracket = text.indexOf('(');
		if (bracket > 0 && text.endsWith(")")) {
			text = text.substring(0, bracket);
		}
		return text.replace(" ", "").replace("-", "_");
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
	 * @param maxLength the most characters a cell may hold, as the database column that
	 * keeps it does; 0 when the cell is never kept as written (a number, a date, a code
	 * checked against the plan's)
	 */
	record Spec(String zh, String en, boolean required, List<String> aliases, String noteZh, String noteEn,
			String example, int maxLength) {

		public Spec {
			aliases = List.copyOf(aliases);
			if (maxLength < 0) {
				throw new IllegalArgumentException("a maximum length cannot be negative: " + maxLength);
			}
		}

		/** A column with no maximum length of its own. */
		public Spec(String zh, String en, boolean required, List<String> aliases, String noteZh, String noteEn,
				String example) {
			this(zh, en, required, aliases, noteZh, noteEn, example, 0);
		}

		/** The same column, holding at most {@code characters} characters a cell. */
		public Spec limitedTo(int characters) {
			return new Spec(this.zh, this.en, this.required, this.aliases, this.noteZh, this.noteEn, this.example,
					characters);
		}

		/** A column known by its two headers only, with a note. */
		public static Spec of(String zh, String en, boolean required, String noteZh, String noteEn, String example) {
			return new Spec(zh, en, required, List.of(), noteZh, noteEn, example);
		}

	}

}
