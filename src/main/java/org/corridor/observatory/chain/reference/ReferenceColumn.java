package org.corridor.observatory.chain.reference;

import java.util.List;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of a reference-region file (参照区域), each with its Chinese and English header
 * and the note the template gives for it. Headers are matched as enterprise headers are
 * (see {@link Column#normalise}).
 */
enum ReferenceColumn implements Column {

	REGION(new Spec("参照区域", "region", true, List.of("区域"), "参照区域名称，每行相同，如 浙江省 或 杭州市。",
			"The reference region's name, the same on every row, like 浙江省 or 杭州市.", "浙江省")
		.limitedTo(200)),

	YEAR(new Spec("年度", "year", true, List.of("年份"), "统计年度，四位年份。", "The statistical year, four digits.", "2023")),

	SEGMENT(new Spec("环节", "segment", true, List.of(), "一个规划产业链环节代码（见“规划结构”页），或“合计”（TOTAL）表示该区域全部行业；有环节数据的年度须有合计行。",
			"One segment code of the plan's chains (see the plan structure page), or 合计 (TOTAL) for the region's"
					+ " all-industry total; a year with segment rows needs a total row.",
			"合计")),

	EMPLOYEES(new Spec("从业人员", "employees", false, List.of(), "人数，整数；与营业收入至少填一项。",
			"Persons, a whole number; give it, the revenue or both.", "38600000")),

	REVENUE(new Spec("营业收入", "revenue", false, List.of(), "万元，不能为负；与从业人员至少填一项。",
			"10,000 yuan, not negative; give it, the employees or both.", "1250000000")),

	SOURCE(new Spec("来源", "source", false, List.of("数据来源"), "可选，数据出处，如 统计年鉴 2024 表 13-5。",
			"Optional; where the figure comes from, like a statistical yearbook table.", "浙江统计年鉴 2024")
		.limitedTo(500)),

	/** A free-text column people keep beside the data; read and ignored. */
	NOTE(new Spec("备注", "note", false, List.of("notes", "remark"), "可选，导入时忽略。", "Optional, ignored on import.", ""));

	private final Spec spec;

	ReferenceColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return this != EMPLOYEES && this != REVENUE;
	}

}
