package org.corridor.observatory.monitor.imports;

import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.Cells;
import org.corridor.observatory.tabular.ImportProblem;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an import file: which position holds which column, and the header
 * text as the file writes it, so problems can name the column the way the user sees it.
 */
final class Header {

	private final SheetRow row;

	private final Map<Column, Integer> positions = new EnumMap<>(Column.class);

	private Header(SheetRow row) {
		this.row = row;
	}

	/**
	 * Reads the header row, adding a problem for each unknown, repeated or missing
	 * column.
	 */
	static Header read(SheetRow row, List<ImportProblem> problems) {
		Header header = new Header(row);
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
			Optional<Column> column = Column.forHeader(text);
			if (column.isEmpty()) {
				problems.add(new ImportProblem(row.number(), text, text,
						"未知的列“" + text + "”（" + Cells.letter(i) + " 列），可用的列为：" + allHeaders(true), "unknown column \""
								+ text + "\" (column " + Cells.letter(i) + "); the columns are: " + allHeaders(false)));
			}
			else if (header.positions.containsKey(column.get())) {
				String first = Cells.letter(header.positions.get(column.get()));
				problems.add(new ImportProblem(row.number(), text, text,
						"列“" + text + "”重复：" + first + " 列与 " + Cells.letter(i) + " 列是同一列",
						"column \"" + text + "\" appears twice: columns " + first + " and " + Cells.letter(i)));
			}
			else {
				header.positions.put(column.get(), i);
			}
		}
		for (Column column : Column.values()) {
			if (column.required() && !header.positions.containsKey(column)) {
				problems.add(new ImportProblem(row.number(), column.bilingual(), null, "缺少必需的列“" + column.zh() + "”",
						"required column \"" + column.en() + "\" is missing"));
			}
		}
		return header;
	}

	private static String allHeaders(boolean chinese) {
		StringBuilder text = new StringBuilder();
		for (Column column : Column.values()) {
			text.append((text.length() > 0) ? ", " : "").append(chinese ? column.zh() : column.en());
		}
		return text.toString();
	}

	/** Whether every required column was found, so data rows can be checked at all. */
	boolean isComplete() {
		return Arrays.stream(Column.values()).filter(Column::required).allMatch(this.positions::containsKey);
	}

	boolean has(Column column) {
		return this.positions.containsKey(column);
	}

	/**
	 * The cleaned text of a column in a data row; empty when the file has no such column.
	 */
	String cell(SheetRow data, Column column) {
		Integer position = this.positions.get(column);
		return (position != null) ? data.cell(position) : "";
	}

	/** The column header as written in the file. */
	String name(Column column) {
		Integer position = this.positions.get(column);
		return (position != null) ? this.row.cell(position) : column.bilingual();
	}

	/**
	 * Adds a problem for each cell of a data row under no header at all: its meaning
	 * cannot be known, and dropping it silently could lose a figure.
	 */
	void checkUnnamed(SheetRow data, List<ImportProblem> problems) {
		for (int i = 0; i < data.cells().size(); i++) {
			if (this.row.cell(i).isEmpty() && !data.cell(i).isEmpty()) {
				String letter = Cells.letter(i);
				problems.add(new ImportProblem(data.number(), letter, data.cell(i), "此单元格所在的 " + letter + " 列没有列名",
						"this cell is in column " + letter + ", which has no header"));
			}
		}
	}

}
