package org.corridor.observatory.geo;

import java.util.List;

import org.corridor.observatory.tabular.Column;

/** The columns of a points file: a code, names, and a position. */
enum PlaceColumn implements Column {

	CODE(new Spec("代码", "code", true, List.of(), "点的代码（平台代码或统一社会信用代码）。",
			"The point's code (platform code or credit code).", "ZHIJIANG_LAB")
		.limitedTo(64)),

	NAME(new Spec("名称", "name", false, List.of(), "名称；规划中已有的平台可留空。",
			"The name; may be left blank for a platform of the plan.", "之江实验室")
		.limitedTo(500)),

	NAME_EN(new Spec("英文名称", "name_en", false, List.of(), "可选。", "Optional.", "Zhejiang Lab").limitedTo(500)),

	LON(new Spec("经度", "lon", true, List.of("longitude"), "十进制度，东经为正。", "Decimal degrees, east positive.", "119.9953")),

	LAT(new Spec("纬度", "lat", true, List.of("latitude"), "十进制度，北纬为正。", "Decimal degrees, north positive.", "30.2664")),

	CRS(new Spec("坐标系", "crs", false, List.of(), "wgs84、cgcs2000、gcj02 或 bd09；留空则用导入时选择的坐标系。",
			"wgs84, cgcs2000, gcj02 or bd09; blank means the one chosen for the import.", "gcj02"));

	static final LocationCells.Columns LOCATION = new LocationCells.Columns(LON, LAT, CRS);

	private final Spec spec;

	PlaceColumn(Spec spec) {
		this.spec = spec;
	}

	@Override
	public Spec spec() {
		return this.spec;
	}

	@Override
	public boolean text() {
		return this != LON && this != LAT;
	}

}
