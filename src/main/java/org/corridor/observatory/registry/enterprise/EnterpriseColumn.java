package org.corridor.observatory.registry.enterprise;

import java.util.List;

import org.corridor.observatory.tabular.Column;

/**
 * The columns of an enterprise file, each with its Chinese and English header and the
 * note the template gives for it. Headers are matched ignoring case, width, spaces and a
 * bracketed unit ({@code 营业收入（万元）} is {@code 营业收入}).
 */
enum EnterpriseColumn implements Column {

	USCC(new Spec("统一社会信用代码", "uscc", true, List.of("信用代码", "credit_code"), "18 位，含校验码；全角字符会转成半角。请把该列设为文本格式。",
			"18 characters with the check character; full-width input is converted. Format the column as text.",
			"91330100716105852F")),

	NAME(new Spec("企业名称", "name", true, List.of("名称"), "登记名称；简体、繁体写法视为同一企业。",
			"Registered name; Simplified and Traditional spellings are the same firm.", "阿里巴巴（中国）有限公司")
		.limitedTo(500)),

	INDUSTRY(new Spec("行业代码", "industry_code", true, List.of("industry", "行业"),
			"GB/T 4754-2017 四位小类代码，可带门类字母。请设为文本格式以保留开头的 0。",
			"GB/T 4754-2017 four-digit class, with or without the section letter. Format as text to keep leading zeros.",
			"I6513")),

	CHAINS(new Spec("产业链", "chains", false, List.of(), "产业链代码，多个用 ; 或 、 分隔。", "Chain codes, separated by ; or 、.",
			"DIGITAL;IC")
		.limitedTo(2000)),

	SEGMENTS(new Spec("环节", "segments", false, List.of(), "产业链环节代码，多个用 ; 或 、 分隔。",
			"Chain segment codes, separated by ; or 、.", "IC_DESIGN")
		.limitedTo(4000)),

	LON(new Spec("经度", "lon", false, List.of("longitude"), "十进制度，东经为正；与纬度同时填写或同时留空。",
			"Decimal degrees, east positive; fill both longitude and latitude or neither.", "120.0236")),

	LAT(new Spec("纬度", "lat", false, List.of("latitude"), "十进制度，北纬为正。", "Decimal degrees, north positive.", "30.2815")),

	CRS(new Spec("坐标系", "crs", false, List.of(), "wgs84、cgcs2000、gcj02（高德、腾讯）或 bd09（百度）；留空则用导入时选择的坐标系。",
			"wgs84, cgcs2000, gcj02 (AMap, Tencent) or bd09 (Baidu); blank means the one chosen for the import.",
			"gcj02")),

	TIERS(new Spec("梯队", "tiers", false, List.of(), "梯队代码:获得日期，已失去的写 代码:获得日期~失去日期，多个用 ; 分隔；日期写作 2021-06-30。",
			"tier:date gained, or tier:gained~lost once lost, separated by ;; dates like 2021-06-30.",
			"TECH_SME:2019-05-01~2023-12-31;LITTLE_GIANT:2021-06-30")),

	YEAR(new Spec("年度", "year", false, List.of("年份"), "下列数据所属年度；一行一家企业一年，同一企业可占多行。",
			"The year of the figures; one row per firm and year, a firm may take several rows.", "2023")),

	REVENUE(new Spec("营业收入", "revenue", false, List.of(), "万元，不能为负。", "10,000 yuan, not negative.", "125000.5")),

	RD_SPENDING(new Spec("研发费用", "rd_spending", false, List.of(), "万元，不能为负。", "10,000 yuan, not negative.", "18000")),

	EMPLOYEES(
			new Spec("从业人员", "employees", false, List.of(), "年末人数，整数。", "Persons at year end, a whole number.", "860")),

	INVENTION_PATENTS(new Spec("发明专利", "invention_patents", false, List.of(), "有效发明专利件数，整数。",
			"Valid invention patents held, a whole number.", "42")),

	/** A free-text column people keep beside the data; read and ignored. */
	NOTE(new Spec("备注", "note", false, List.of("notes", "remark"), "可选，导入时忽略。", "Optional, ignored on import.", ""));

	private final Spec spec;

	EnterpriseColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public boolean text() {
		return switch (this) {
			case USCC, NAME, INDUSTRY, CHAINS, SEGMENTS, CRS, TIERS, NOTE -> true;
			default -> false;
		};
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

}
