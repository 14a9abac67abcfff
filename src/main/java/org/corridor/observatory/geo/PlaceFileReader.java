package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * Reads located points (platforms or firms) from CSV (UTF-8 or GBK) or XLSX. Coordinates
 * may be WGS84/CGCS2000, GCJ-02 (AMap, Tencent) or BD-09 (Baidu), declared for the file
 * or per row in a 坐标系 column; they are converted to WGS84 on the way in. Every bad row is
 * reported and nothing is returned unless the whole file is good.
 */
public final class PlaceFileReader {

	private PlaceFileReader() {
	}

	/**
	 * @param names Chinese and English names of known codes (a platform of the plan may
	 * omit its name)
	 * @throws ImportRejectedException with every problem of the file
	 */
	public static List<PlaceRow> read(String fileName, byte[] content, Crs fileCrs, Map<String, String[]> names) {
		TabularFile file = TabularFile.read(fileName, content, PlaceColumn.values());
		ProblemList problems = new ProblemList();
		List<PlaceRow> places = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : file.rows()) {
			PlaceRow place = new PlaceRowChecker(row, file, problems).check(fileCrs, names, seen);
			if (place != null) {
				places.add(place);
			}
			if (problems.stopAfter(row.number())) {
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return places;
	}

}
