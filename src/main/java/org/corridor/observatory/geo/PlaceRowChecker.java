package org.corridor.observatory.geo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.SheetRow;

/**
 * Checks one row of a points file; reports each problem with its row, column and value.
 */
final class PlaceRowChecker {

	private final SheetRow row;

	private final Map<String, Integer> columns;

	private final SheetRow header;

	private final List<ImportProblem> problems;

	private boolean bad;

	PlaceRowChecker(SheetRow row, Map<String, Integer> columns, SheetRow header, List<ImportProblem> problems) {
		this.row = row;
		this.columns = columns;
		this.header = header;
		this.problems = problems;
	}

	PlaceRow check(Crs fileCrs, Map<String, String[]> names, Map<String, Integer> seen) {
		String code = cell("code");
		if (code.isEmpty()) {
			reject("code", code, "代码不能为空", "the code is empty");
		}
		else if (seen.containsKey(code)) {
			reject("code", code, "代码与第 " + seen.get(code) + " 行重复", "duplicate of row " + seen.get(code));
		}
		else {
			seen.put(code, this.row.number());
		}
		String[] known = names.get(code);
		String name = cell("name").isEmpty() && known != null ? known[0] : cell("name");
		if (name.isEmpty()) {
			reject("name", name, "名称不能为空", "the name is empty");
		}
		Crs crs = fileCrs;
		if (!cell("crs").isEmpty()) {
			try {
				crs = Crs.parse(cell("crs"));
			}
			catch (IllegalArgumentException ex) {
				reject("crs", cell("crs"), "未知的坐标系,可用 wgs84、cgcs2000、gcj02、bd09",
						"unknown coordinate system; use wgs84, cgcs2000, gcj02 or bd09");
			}
		}
		BigDecimal lon = coordinate("lon", "经度", "longitude");
		BigDecimal lat = coordinate("lat", "纬度", "latitude");
		if (lon != null && lat != null) {
			checkPosition(lon.doubleValue(), lat.doubleValue());
		}
		if (this.bad) {
			return null;
		}
		String nameEn = cell("name_en").isEmpty() && known != null ? known[1] : cell("name_en");
		LonLat wgs84 = ChinaCoordinates.toWgs84(crs, lon.doubleValue(), lat.doubleValue());
		return new PlaceRow(this.row.number(), code, name, nameEn.isEmpty() ? null : nameEn, wgs84, crs,
				lon.doubleValue(), lat.doubleValue());
	}

	private BigDecimal coordinate(String key, String zh, String en) {
		String text = cell(key);
		BigDecimal value = text.isEmpty() ? null : PlaceFileReader.number(text);
		if (value == null) {
			reject(key, text, zh + "应为数字", "the " + en + " must be a number");
		}
		return value;
	}

	private void checkPosition(double lon, double lat) {
		String value = cell("lon") + ", " + cell("lat");
		boolean inRange = Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
		if (inRange && !ChinaCoordinates.isOutsideChina(lon, lat)) {
			return;
		}
		if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90 && !ChinaCoordinates.isOutsideChina(lat, lon)) {
			reject("lon", value, "坐标在中国境外,疑似经纬度填反",
					"the point lies outside China: longitude and latitude " + "look swapped");
		}
		else if (!inRange) {
			reject("lon", value, "经度应在 −180–180、纬度应在 −90–90 之间",
					"longitude must lie within −180–180 and latitude within −90–90");
		}
		else {
			reject("lon", value, "坐标在中国境外", "the point lies outside China");
		}
	}

	private String cell(String key) {
		Integer index = this.columns.get(key);
		return (index != null) ? this.row.cell(index) : "";
	}

	private void reject(String key, String value, String zh, String en) {
		Integer index = this.columns.get(key);
		String column = (index != null) ? this.header.cell(index) : key;
		this.problems.add(new ImportProblem(this.row.number(), column, value, zh, en));
		this.bad = true;
	}

}
