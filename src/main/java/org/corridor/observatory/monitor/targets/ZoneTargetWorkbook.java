package org.corridor.observatory.monitor.targets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.Decomposition;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Target;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.tabular.ExcelStyles;

/**
 * The zone-target template (分解目标模板): one row per indicator with targets, zone and target
 * year, for the parts (the districts) and any other zone that already has targets, filled
 * with the decomposition in force, so that a file downloaded and uploaded unchanged
 * changes nothing. A second sheet says what each column means.
 */
public final class ZoneTargetWorkbook {

	private ZoneTargetWorkbook() {
	}

	public static byte[] xlsx(Plan plan, Decomposition current) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet("分解目标");
			ZoneTargetColumn[] columns = ZoneTargetColumn.values();
			Row header = sheet.createRow(0);
			for (ZoneTargetColumn column : columns) {
				styles.text(header, column.ordinal(), column.zh()).setCellStyle(styles.bold());
				sheet.setColumnWidth(column.ordinal(), ((column == ZoneTargetColumn.INDICATOR_NAME) ? 36 : 16) * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			String root = plan.rootZone().code();
			for (Indicator indicator : plan.listIndicators()) {
				if (indicator.targets().isEmpty()) {
					continue;
				}
				String code = indicator.code().value();
				for (Zone zone : zones(plan, current, code)) {
					if (zone.code().equals(root)) {
						continue;
					}
					for (Target whole : indicator.targets()) {
						Row row = sheet.createRow(r++);
						styles.text(row, ZoneTargetColumn.INDICATOR.ordinal(), code);
						styles.text(row, ZoneTargetColumn.INDICATOR_NAME.ordinal(), indicator.name().zh());
						styles.text(row, ZoneTargetColumn.UNIT.ordinal(), indicator.unit().zh());
						styles.text(row, ZoneTargetColumn.ZONE.ordinal(), zone.code());
						styles.text(row, ZoneTargetColumn.ZONE_NAME.ordinal(), zone.name().zh());
						styles.year(row, ZoneTargetColumn.TARGET_YEAR.ordinal(), whole.year());
						styles.text(row, ZoneTargetColumn.CORRIDOR_TARGET.ordinal(), whole.describe());
						current.targetsFor(code, zone.code())
							.stream()
							.filter((t) -> t.year() == whole.year())
							.findFirst()
							.ifPresent((t) -> {
								styles.number(row, ZoneTargetColumn.TARGET.ordinal(), t.value(), "General");
								styles.number(row, ZoneTargetColumn.TARGET_UPPER.ordinal(), t.upper(), "General");
							});
						current.findBaseline(code, zone.code()).ifPresent((b) -> {
							styles.year(row, ZoneTargetColumn.BASE_YEAR.ordinal(), b.year());
							styles.number(row, ZoneTargetColumn.BASELINE.ordinal(), b.value(), "General");
						});
					}
				}
			}
			notes(workbook.createSheet("填写说明 notes"), columns, styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The parts, then any other zone the decomposition in force names for the indicator.
	 */
	private static Set<Zone> zones(Plan plan, Decomposition current, String code) {
		Set<Zone> zones = new LinkedHashSet<>(Decomposition.parts(plan.listZones()));
		for (Zone zone : plan.listZones()) {
			if (!current.targetsFor(code, zone.code()).isEmpty()
					|| current.findBaseline(code, zone.code()).isPresent()) {
				zones.add(zone);
			}
		}
		return zones;
	}

	private static void notes(Sheet sheet, ZoneTargetColumn[] columns, ExcelStyles styles) {
		Row header = sheet.createRow(0);
		List<String> titles = List.of("列 column", "说明", "notes", "示例 example");
		for (int c = 0; c < titles.size(); c++) {
			styles.text(header, c, titles.get(c)).setCellStyle(styles.bold());
		}
		int r = 1;
		for (ZoneTargetColumn column : columns) {
			Row row = sheet.createRow(r++);
			styles.text(row, 0, column.zh() + " / " + column.en());
			styles.text(row, 1, column.spec().noteZh());
			styles.text(row, 2, column.spec().noteEn());
			styles.text(row, 3, column.spec().example());
		}
		r++;
		styles.text(sheet.createRow(r++), 1,
				"上传的文件整体替换已上传的分解目标（规划包中的分解仍作底）；可加指标（金额、个数、面积）各区目标合计须与全域目标相差不超过 1%，否则整个文件不导入；只分解到部分区时予以提示。");
		styles.text(sheet.createRow(r), 2,
				"An upload replaces the uploaded zone targets whole (the pack's decomposition stays beneath);"
						+ " for an additive indicator (money, counts, areas) the districts' targets must sum to the"
						+ " corridor's within 1 %, else nothing is imported; a decomposition to some districts only is flagged.");
		sheet.setColumnWidth(1, 60 * 256);
		sheet.setColumnWidth(2, 60 * 256);
	}

}
