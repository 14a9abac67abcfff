package org.corridor.observatory.tabular;

import java.util.List;

/**
 * One row of an import file as raw cell texts, whichever format it came from.
 *
 * @param number the 1-based row number a spreadsheet shows
 * @param cells the cell texts from the first column on, as read
 */
public record SheetRow(int number, List<String> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	/** The cleaned text of a cell; empty past the row's last cell. */
	public String cell(int index) {
		return (index < this.cells.size()) ? Cells.clean(this.cells.get(index)) : "";
	}

	public boolean isBlank() {
		return this.cells.stream().allMatch((cell) -> Cells.clean(cell).isEmpty());
	}

}
