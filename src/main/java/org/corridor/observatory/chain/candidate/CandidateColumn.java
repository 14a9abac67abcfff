package org.corridor.observatory.chain.candidate;

import java.util.List;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of a candidate-firm file (招商候选企业), each with its Chinese and English header
 * and the note the template gives for it. Headers are matched as enterprise headers are
 * (see {@link Column#normalise}).
 */
enum CandidateColumn implements Column {

	NAME(new Spec("企业名称", "name", true, List.of("名称"), "登记名称；简体、繁体写法视为同一企业。",
			"Registered name; Simplified and Traditional spellings are the same firm.", "深圳市某某科技有限公司")
		.limitedTo(500)),

	USCC(new Spec("统一社会信用代码", "uscc", false, List.of("信用代码", "credit_code"), "可选；填写时须为 18 位且校验码正确。请把该列设为文本格式。",
			"Optional; when given, 18 characters with a correct check character. Format the column as text.",
			"91440300MA5F12342Q")),

	INDUSTRY(new Spec("行业代码", "industry_code", true, List.of("industry", "行业"),
			"GB/T 4754-2017 四位小类代码，可带门类字母。请设为文本格式以保留开头的 0。",
			"GB/T 4754-2017 four-digit class, with or without the section letter. Format as text to keep leading zeros.",
			"C3973")),

	SEGMENTS(new Spec("环节", "segments", false, List.of(), "可选；规划产业链环节代码，多个用 ; 或 、 分隔（见“规划结构”页）。",
			"Optional; segment codes of the plan's chains, separated by ; or 、 (see the plan structure page).",
			"IC_CHIP_DESIGN")
		.limitedTo(4000)),

	REGION(new Spec("所在地区", "region", false, List.of("地区"), "可选，企业所在地，如 深圳市南山区。",
			"Optional; where the firm is, like 深圳市南山区.", "深圳市南山区")
		.limitedTo(500)),

	REVENUE(new Spec("营业收入", "revenue", false, List.of(), "可选；万元，不能为负。", "Optional; 10,000 yuan, not negative.",
			"350000")),

	RD_SPENDING(new Spec("研发费用", "rd_spending", false, List.of(), "可选；万元，不能为负。", "Optional; 10,000 yuan, not negative.",
			"42000")),

	EMPLOYEES(
			new Spec("从业人员", "employees", false, List.of(), "可选；人数，整数。", "Optional; persons, a whole number.", "1200")),

	/** A free-text column people keep beside the data; read and ignored. */
	NOTE(new Spec("备注", "note", false, List.of("notes", "remark"), "可选，导入时忽略。", "Optional, ignored on import.", ""));

	private final Spec spec;

	CandidateColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return switch (this) {
			case REVENUE, RD_SPENDING, EMPLOYEES -> false;
			default -> true;
		};
	}

}
