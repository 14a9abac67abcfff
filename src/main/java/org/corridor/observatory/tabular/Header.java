package org.corridor.observatory.tabular;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The header row of an import file matched to the columns its kind declares: which
 * position holds which column, and each header as the file writes it, so that problems
 * name the column the way the user sees it. Columns may come in any order, in Chinese or
 * English, in any width and case, with a bracketed unit.
 */
public final class Header {

	private final SheetRow row;

	private final Column[] all;

	private final int[] positions;

	private Header(SheetRow row, Column[] all) {
		this.row = row;
		this.all = all;
		this.positions = new int[all.length];
		Arrays.fill(this.positions, -1);
	}

	/**
	 * Reads the header row, adding a problem for a file whose columns are not separated
	 * by commas, and for each unknown, repeated or missing required column.
	 * @param all every column of the file's kind, in ordinal order
	 */
	public static Header read(SheetRow row, Column[] all, List<ImportProblem> problems) {
		Header header = new Header(row, all);
		if (row.cells().size() == 1 && (row.cell(0).contains(";") || row.cell(0).contains("\t"))) {
			problems.add(new ImportProblem(row.number(), row.cell(0), row.cell(0), "列之间必须用英文逗号分隔，此文件用的是分号或制表符",
					"columns must be separated by commas; this file uses semicolons or tabs"));
			return header;
		}
		for (int i = 0; i < row.cells().size(); i++) {
			String text = row.cell(i);
			if (text.isEmpty()) {
				continue;
			}
			Column column = header.named(text);
			if (column == null) {
				problems.add(new ImportProblem(row.number(), text, text,
						"未知的列“" + text + "”（" + Cells.letter(i) + " 列），可用的列为：" + header.list(true),
						"unknown column \"" + text + "\" (column " + Cells.letter(i) + "); the columns are: "
								+ header.list(false)));
			}
			else if (header.positions[column.ordinal()] >= 0) {
				String first = Cells.letter(header.positions[column.ordinal()]);
				problems.add(new ImportProblem(row.number(), text, text,
						"列“" + text + "”重复：" + first + " 列与 " + Cells.letter(i) + " 列是同一列",
						"column \"" + text + "\" appears twice: columns " + first + " and " + Cells.letter(i)));
			}
			else {
				header.positions[column.ordinal()] = i;
			}
		}
		for (Column column : all) {
			if (column.required() && !header.has(column)) {
				problems.add(new ImportProblem(row.number(), column.bilingual(), null, "缺少必需的列“" + column.zh() + "”",
						"required column \"" + column.en() + "\" is missing"));
			}
		}
		return header;
	}

	private Column named(String text) {
		for (Column column : this.all) {
			if (column.isNamedBy(text)) {
				return column;
			}
		}
		return null;
	}

	private String list(boolean chinese) {
		return Arrays.stream(this.all).map((column) -> column.header(chinese)).collect(Collectors.joining(", "));
	}

	/** The header row as the file gives it. */
	public SheetRow row() {
		return this.row;
	}

	/** Whether every required column was found, so data rows can be checked at all. */
	public boolean isComplete() {
		return Arrays.stream(this.all).filter(Column::required).allMatch(this::has);
	}

	public boolean has(Column column) {
		return this.positions[column.ordinal()] >= 0;
	}

	/**
	 * The cleaned text of a column in a data row; empty when the file has no such column.
	 */
	public String cell(SheetRow data, Column column) {
		int position = this.positions[column.ordinal()];
		return (position >= 0) ? data.cell(position) : "";
	}

	/** The column's header as written in the file, or its Chinese header when absent. */
	public String name(Column column) {
		int position = this.positions[column.ordinal()];
		return (position >= 0) ? this.row.cell(position) : column.zh();
	}

	/** A problem of {@code data} in {@code column}, named by the file's own header. */
	public ImportProblem problem(SheetRow data, Column column, String value, String zh, String en) {
		return new ImportProblem(data.number(), name(column), value, zh, en);
	}

	/**
	 * Adds a problem for each cell of a data row under no header at all: its meaning
	 * cannot be known, and dropping it silently could lose a figure.
	 */
	public void checkUnnamed(SheetRow data, List<ImportProblem> problems) {
		for (int i = 0; i < data.cells().size(); i++) {
			if (this.row.cell(i).isEmpty() && !data.cell(i).isEmpty()) {
				String letter = Cells.letter(i);
				problems.add(new ImportProblem(data.number(), letter, data.cell(i), "此单元格所在的 " + letter + " 列没有列名",
						"this cell is in column " + letter + ", which has no header"));
			}
		}
	}

}
