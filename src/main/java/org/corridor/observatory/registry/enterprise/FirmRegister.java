package org.corridor.observatory.registry.enterprise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.registry.IndustryCode;

/**
 * What the rows of one file say about each firm so far: the checks across them, and the
 * accepted rows folded into firms as they come ({@link Enterprise.Folding}), so that the
 * rows need not be kept. A firm may take several rows, one per year; they must agree on
 * its name (compared by {@link ChineseNames#key}, so Simplified and Traditional spellings
 * agree) and its industry, and no two may be for the same year. A problem names the
 * earlier row it conflicts with.
 */
final class FirmRegister {

	private static final int NO_YEAR = Integer.MIN_VALUE;

	/** By credit code, in the order each first appears. */
	private final Map<String, Firm> firms = new LinkedHashMap<>();

	/**
	 * Folds an accepted row, already {@link #admit admitted}, into its firm.
	 * @param figures whether to keep the row's figures (false when they are stored
	 * already)
	 */
	void fold(EnterpriseRow row, boolean figures) {
		Firm firm = this.firms.get(row.uscc().value());
		if (firm.folding == null) {
			firm.folding = new Enterprise.Folding();
		}
		firm.folding.add(row, figures);
	}

	/**
	 * The accepted rows folded into firms, in the order each credit code first appears.
	 */
	List<Enterprise> firms() {
		List<Enterprise> folded = new ArrayList<>(this.firms.size());
		for (Firm firm : this.firms.values()) {
			if (firm.folding != null) {
				folded.add(firm.folding.firm());
			}
		}
		return folded;
	}

	/** Records the row just checked, reporting conflicts with earlier rows. */
	void admit(EnterpriseRowChecker checked, int row) {
		if (checked.uscc == null) {
			return;
		}
		Firm firm = this.firms.get(checked.uscc.value());
		if (firm == null) {
			firm = new Firm();
			this.firms.put(checked.uscc.value(), firm);
		}
		if (checked.nameKey != null) {
			if (firm.nameKey == null) {
				firm.nameKey = checked.nameKey;
				firm.name = checked.name;
				firm.nameRow = row;
			}
			else if (!firm.nameKey.equals(checked.nameKey)) {
				checked.reject(EnterpriseColumn.NAME, checked.name,
						"统一社会信用代码相同，但第 " + firm.nameRow + " 行的企业名称为“" + firm.name + "”，两者不一致", "row " + firm.nameRow
								+ " gives this credit code the name '" + firm.name + "'; the names must agree");
			}
		}
		if (checked.industry != null) {
			if (firm.industry == null) {
				firm.industry = checked.industry;
				firm.industryRow = row;
			}
			else if (!firm.industry.equals(checked.industry)) {
				checked.reject(EnterpriseColumn.INDUSTRY, checked.industryText,
						"统一社会信用代码相同，但第 " + firm.industryRow + " 行的行业代码为 " + firm.industry.qualified() + "，两者不一致",
						"row " + firm.industryRow + " gives this credit code the industry " + firm.industry.qualified()
								+ "; the industries must agree");
			}
		}
		if (checked.yearKnown) {
			int year = (checked.year != null) ? checked.year : NO_YEAR;
			int earlier = firm.rowOf(year);
			if (earlier > 0) {
				String which = (checked.year != null) ? "统一社会信用代码与年度 " + year : "统一社会信用代码（均未填年度）";
				String whichEn = (checked.year != null) ? "same credit code and year " + year
						: "same credit code, neither with a year";
				checked.reject((checked.year != null) ? EnterpriseColumn.YEAR : EnterpriseColumn.USCC,
						(checked.year != null) ? String.valueOf(year) : checked.uscc.value(),
						which + "与第 " + earlier + " 行重复", "duplicate of row " + earlier + " (" + whichEn + ")");
			}
			else {
				firm.add(year, row);
			}
		}
	}

	/** What the earlier rows said about one firm. */
	private static final class Firm {

		String name;

		String nameKey;

		int nameRow;

		IndustryCode industry;

		int industryRow;

		Enterprise.Folding folding;

		private int[] yearsAndRows = new int[2];

		private int size;

		int rowOf(int year) {
			for (int i = 0; i < this.size; i += 2) {
				if (this.yearsAndRows[i] == year) {
					return this.yearsAndRows[i + 1];
				}
			}
			return 0;
		}

		void add(int year, int row) {
			if (this.size == this.yearsAndRows.length) {
				this.yearsAndRows = Arrays.copyOf(this.yearsAndRows, this.size * 2);
			}
			this.yearsAndRows[this.size++] = year;
			this.yearsAndRows[this.size++] = row;
		}

	}

}
