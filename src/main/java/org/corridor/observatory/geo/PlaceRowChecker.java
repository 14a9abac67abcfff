package org.corridor.observatory.geo;

import java.util.List;
import java.util.Map;

import org.corridor.observatory.tabular.Column;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.Reporter;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * Checks one row of a points file; reports each problem with its row, column and value.
 */
final class PlaceRowChecker implements Reporter {

	private final SheetRow row;

	private final TabularFile file;

	private final List<ImportProblem> problems;

	private boolean bad;

	PlaceRowChecker(SheetRow row, TabularFile file, List<ImportProblem> problems) {
		this.row = row;
		this.file = file;
		this.problems = problems;
	}

	PlaceRow check(Crs fileCrs, Map<String, String[]> names, Map<String, Integer> seen) {
		String code = cell(PlaceColumn.CODE);
		if (code.isEmpty()) {
			reject(PlaceColumn.CODE, code, "代码不能为空", "the code is empty");
		}
		else if (seen.containsKey(code)) {
			reject(PlaceColumn.CODE, code, "代码与第 " + seen.get(code) + " 行重复", "duplicate of row " + seen.get(code));
		}
		else {
			seen.put(code, this.row.number());
		}
		String[] known = names.get(code);
		String name = cell(PlaceColumn.NAME).isEmpty() && known != null ? known[0] : cell(PlaceColumn.NAME);
		if (name.isEmpty()) {
			reject(PlaceColumn.NAME, name, "名称不能为空", "the name is empty");
		}
		String lon = cell(PlaceColumn.LON);
		String lat = cell(PlaceColumn.LAT);
		if (lon.isEmpty() && lat.isEmpty()) {
			reject(PlaceColumn.LON, "", "经度和纬度不能为空", "the longitude and latitude are empty");
		}
		LocationCells.Located at = LocationCells.parse(lon, lat, cell(PlaceColumn.CRS), fileCrs, PlaceColumn.LOCATION,
				this);
		if (this.bad || at == null) {
			return null;
		}
		String nameEn = cell(PlaceColumn.NAME_EN).isEmpty() && known != null ? known[1] : cell(PlaceColumn.NAME_EN);
		return new PlaceRow(this.row.number(), code, name, nameEn.isEmpty() ? null : nameEn, at.wgs84(), at.crs(),
				at.lon(), at.lat());
	}

	private String cell(PlaceColumn column) {
		return this.file.cell(this.row, column);
	}

	@Override
	public void reject(Column column, String value, String zh, String en) {
		this.problems.add(this.file.problem(this.row, column, value, zh, en));
		this.bad = true;
	}

}
