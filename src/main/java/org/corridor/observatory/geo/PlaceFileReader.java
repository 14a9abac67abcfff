package org.corridor.observatory.geo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corridor.observatory.tabular.CsvParser;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.Numbers;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TextDecoder;
import org.corridor.observatory.tabular.XlsxParser;

/**
 * Reads located points (platforms or firms) from CSV (UTF-8 or GBK) or XLSX. Coordinates
 * may be WGS84/CGCS2000, GCJ-02 (AMap, Tencent) or BD-09 (Baidu), declared for the file
 * or per row in a 坐标系 column; they are converted to WGS84 on the way in. Every bad row is
 * reported and nothing is returned unless the whole file is good.
 */
public final class PlaceFileReader {

	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("代码", "code"), Map.entry("code", "code"),
			Map.entry("名称", "name"), Map.entry("name", "name"), Map.entry("英文名称", "name_en"),
			Map.entry("name_en", "name_en"), Map.entry("经度", "lon"), Map.entry("lon", "lon"),
			Map.entry("longitude", "lon"), Map.entry("纬度", "lat"), Map.entry("lat", "lat"),
			Map.entry("latitude", "lat"), Map.entry("坐标系", "crs"), Map.entry("crs", "crs"));

	private PlaceFileReader() {
	}

	/**
	 * @param names Chinese and English names of known codes (a platform of the plan may
	 * omit its name)
	 */
	public static List<PlaceRow> read(String fileName, byte[] content, Crs fileCrs, Map<String, String[]> names) {
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = rows(fileName, content, problems);
		Map<String, Integer> columns = new HashMap<>();
		SheetRow header = rows.stream().filter((row) -> !row.isBlank()).findFirst().orElse(null);
		if (header == null) {
			problems.add(ImportProblem.ofFile("文件中没有数据", "the file holds no data"));
			throw new ImportRejectedException(problems);
		}
		for (int i = 0; i < header.cells().size(); i++) {
			String key = HEADERS.get(header.cell(i).toLowerCase(Locale.ROOT));
			if (key == null && !header.cell(i).isEmpty()) {
				problems.add(new ImportProblem(header.number(), header.cell(i), header.cell(i), "未知的列",
						"unknown column; expected 代码/code, 名称/name, 英文名称/name_en, 经度/lon, 纬度/lat, 坐标系/crs"));
			}
			else if (key != null) {
				columns.put(key, i);
			}
		}
		for (String required : List.of("code", "lon", "lat")) {
			if (!columns.containsKey(required)) {
				problems.add(new ImportProblem(header.number(), required, null, "缺少必需的列 " + required,
						"required column " + required + " is missing"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		List<PlaceRow> places = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : rows.subList(rows.indexOf(header) + 1, rows.size())) {
			if (!row.isBlank()) {
				PlaceRowChecker checker = new PlaceRowChecker(row, columns, header, problems);
				PlaceRow place = checker.check(fileCrs, names, seen);
				if (place != null) {
					places.add(place);
				}
			}
		}
		if (places.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("文件中没有数据行", "the file has no data rows"));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return places;
	}

	private static List<SheetRow> rows(String fileName, byte[] content, List<ImportProblem> problems) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			return XlsxParser.parse(content, problems);
		}
		if (!lower.endsWith(".csv")) {
			problems.add(ImportProblem.ofFile("只接受 .csv 或 .xlsx 文件", "only .csv or .xlsx files are accepted"));
			throw new ImportRejectedException(problems);
		}
		TextDecoder.Decoded decoded = TextDecoder.decode(content);
		if (decoded == null) {
			problems.add(ImportProblem.ofFile("文件既不是 UTF-8 也不是 GBK 文本", "the file is neither UTF-8 nor GBK text"));
			throw new ImportRejectedException(problems);
		}
		return CsvParser.parse(decoded.text(), problems);
	}

	static BigDecimal number(String text) {
		return Numbers.parse(text);
	}

}
