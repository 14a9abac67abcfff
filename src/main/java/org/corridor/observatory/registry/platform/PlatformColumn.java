package org.corridor.observatory.registry.platform;

import java.util.List;

import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.tabular.Column;

/**
 * The columns of a platform file, each with its Chinese and English header and the note
 * the template gives for it. Headers are matched as enterprise headers are (see
 * {@link Column#normalise}).
 */
public enum PlatformColumn implements Column {

	CODE(new Spec("平台代码", "code", true, List.of("代码"), "大写字母、数字和下划线。规划中的平台用其代码（见“规划结构”页），新平台自拟。",
			"Capital letters, digits and underscores. A platform the plan names keeps its code (see the plan structure"
					+ " page); give a new one a code of your own.",
			"ZHIJIANG_LAB")
		.limitedTo(64)),

	NAME(new Spec("平台名称", "name", true, List.of("名称"), "正式名称；简体、繁体写法均可检索。",
			"Official name; found by its Simplified or" + " Traditional spelling.", "之江实验室")
		.limitedTo(500)),

	NAME_EN(new Spec("英文名称", "name_en", false, List.of(), "可选。", "Optional.", "Zhejiang Lab").limitedTo(500)),

	TYPE(new Spec("平台类型", "type", true, List.of("类型"), "平台类型的名称或代码，如 省实验室 或 PROVINCIAL_LAB（见“规划结构”页）。",
			"A platform type by its name (Chinese or English) or code, such as 省实验室, Provincial laboratory or PROVINCIAL_LAB (see the plan structure page).",
			"PROVINCIAL_LAB")),

	LEVEL(new Spec("级别", "level", false, List.of(),
			"国家级、省级、市级、区级（或 national、provincial、municipal、district）；留空则取平台类型的级别。",
			"国家级, 省级, 市级, 区级 (or national, provincial, municipal, district); blank means the level of the type.",
			"省级")),

	HOST(new Spec("依托单位", "host", false, List.of("牵头单位", "host_organisation"), "可选。", "Optional.",
			"浙江省人民政府、浙江大学、阿里巴巴集团")
		.limitedTo(500)),

	DOMAINS(new Spec("技术领域", "domains", false, List.of("领域"), "十大技术领域代码，多个用 ; 或 、 分隔。",
			"Codes of the ten technology domains, separated by ; or 、.", "INTELLIGENT_COMPUTING")
		.limitedTo(2000)),

	PLANNED(new Spec("谋划日期", "planned_on", false, List.of(), "进入谋划的日期，如 2021-03-01。",
			"The day it was planned, like 2021-03-01.", "")),

	UNDER_CONSTRUCTION(new Spec("开工建设日期", "construction_on", false, List.of(), "不早于谋划日期。",
			"Not before the day it was planned.", "2017-09-06")),

	OPERATING(new Spec("建成运行日期", "operating_on", false, List.of(), "不早于开工建设日期。", "Not before construction started.",
			"2018-09-01")),

	ACCREDITED(new Spec("获批认定日期", "accredited_on", false, List.of("认定日期"), "获批或认定的日期，不早于运行日期。",
			"The day it was accredited, not before it began operating.", "")),

	EVALUATED(new Spec("评估验收日期", "evaluated_on", false, List.of("验收日期"), "通过评估或验收的日期，不早于运行日期。",
			"The day it passed evaluation or acceptance, not before it began operating.", "")),

	LON(new Spec("经度", "lon", false, List.of("longitude"), "十进制度，东经为正；与纬度同时填写或同时留空。",
			"Decimal degrees, east positive; fill both longitude and latitude or neither.", "119.9713")),

	LAT(new Spec("纬度", "lat", false, List.of("latitude"), "十进制度，北纬为正。", "Decimal degrees, north positive.", "30.2703")),

	CRS(new Spec("坐标系", "crs", false, List.of(), "wgs84、cgcs2000、gcj02（高德、腾讯）或 bd09（百度）；留空则用导入时选择的坐标系。",
			"wgs84, cgcs2000, gcj02 (AMap, Tencent) or bd09 (Baidu); blank means the one chosen for the import.",
			"gcj02")),

	/** The status today, as an export writes it; ignored on import. */
	STATUS(new Spec("当前状态", "status", false, List.of(), "导出时填写，导入时忽略：状态由各阶段日期得出。",
			"Filled in by the export, ignored on import: the status follows from the stage dates.", "")),

	/** The zones, as an export writes them; ignored on import. */
	ZONES(new Spec("所在空间单元", "zones", false, List.of(), "导出时填写，导入时忽略：由位置得出。",
			"Filled in by the export, ignored on import: they follow from the position.", "")),

	/** Where the record comes from, as an export writes it; ignored on import. */
	SOURCE(new Spec("来源", "source", false, List.of(), "导出时填写，导入时忽略：导入的记录以文件名为来源。",
			"Filled in by the export, ignored on import: an imported record's source is the file name.", "")),

	/** A free-text column people keep beside the data; read and ignored. */
	NOTE(new Spec("备注", "note", false, List.of("notes", "remark"), "可选，导入时忽略。", "Optional, ignored on import.", ""));

	private final Spec spec;

	PlatformColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	/** Whether the template offers the column for filling in (not an export-only one). */
	boolean input() {
		return this != STATUS && this != ZONES && this != SOURCE;
	}

	/** The column holding the day a stage was reached. */
	static PlatformColumn of(PlatformStatus status) {
		return switch (status) {
			case PLANNED -> PLANNED;
			case UNDER_CONSTRUCTION -> UNDER_CONSTRUCTION;
			case OPERATING -> OPERATING;
			case ACCREDITED -> ACCREDITED;
			case EVALUATED -> EVALUATED;
		};
	}

	@Override
	public boolean text() {
		return this != LON && this != LAT;
	}

}
