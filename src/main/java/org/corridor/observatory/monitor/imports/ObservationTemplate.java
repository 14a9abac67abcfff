package org.corridor.observatory.monitor.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Zone;

/**
 * The blank file a person fills in to report figures (填报模板): the columns the reader
 * expects, and, in the workbook, short instructions with one example row, drop-down lists
 * of the plan's codes plus reference sheets naming what each code means. Only what the
 * import accepts is offered: computed indicators (计算指标), which the import refuses, are
 * left out. The data sheet stays empty, so a filled-in template always imports.
 */
public final class ObservationTemplate {

	private static final String LISTS = "lists";

	private ObservationTemplate() {
	}

	/** The workbook template, its headers and sheet names in Chinese for a zh locale. */
	public static byte[] xlsx(Plan plan, Locale locale) {
		boolean zh = "zh".equals(locale.getLanguage());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			// Text format keeps Excel from turning a period such as 2023-06 into a date.
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Sheet data = workbook.createSheet(zh ? "填报" : "data");
			Row header = data.createRow(0);
			for (ObservationColumn column : ObservationColumn.values()) {
				header.createCell(column.ordinal()).setCellValue(column.header(locale));
				header.getCell(column.ordinal()).setCellStyle(bold);
				data.setColumnWidth(column.ordinal(), column.width() * 256);
				if (column.text()) {
					data.setDefaultColumnStyle(column.ordinal(), text);
				}
			}
			data.createFreezePane(0, 1);
			List<Indicator> reported = reported(plan);
			List<String> indicatorCodes = reported.stream().map((i) -> i.code().value()).toList();
			List<String> zoneCodes = plan.listZones().stream().map(Zone::code).toList();
			reference(workbook, zh ? "指标" : "indicators", bold,
					List.of(zh ? "指标代码" : "code", zh ? "中文名称" : "Chinese name", zh ? "英文名称" : "English name",
							zh ? "单位" : "unit"),
					reported, (indicator) -> List.of(indicator.code().value(), indicator.name().zh(),
							indicator.name().en(), (indicator.unit() != null) ? indicator.unit().in(locale) : ""));
			reference(workbook, zh ? "空间单元" : "zones", bold,
					List.of(zh ? "空间单元代码" : "code", zh ? "中文名称" : "Chinese name", zh ? "英文名称" : "English name",
							zh ? "层级" : "level"),
					plan.listZones(), (zone) -> List.of(zone.code(), zone.name().zh(), zone.name().en(),
							zone.level().label().in(locale)));
			instructions(workbook, plan, reported, zh, bold);
			Sheet lists = workbook.createSheet(LISTS);
			for (int i = 0; i < Math.max(indicatorCodes.size(), zoneCodes.size()); i++) {
				Row row = lists.createRow(i);
				if (i < indicatorCodes.size()) {
					row.createCell(0).setCellValue(indicatorCodes.get(i));
				}
				if (i < zoneCodes.size()) {
					row.createCell(1).setCellValue(zoneCodes.get(i));
				}
			}
			workbook.setSheetHidden(workbook.getSheetIndex(LISTS), true);
			workbook.setSheetOrder(zh ? "填写说明" : "instructions", 1);
			dropDown(workbook, data, ObservationColumn.INDICATOR, "indicator_codes", "$A", indicatorCodes.size());
			dropDown(workbook, data, ObservationColumn.ZONE, "zone_codes", "$B", zoneCodes.size());
			workbook.setActiveSheet(0);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The CSV template: the Chinese header row, UTF-8 with a byte-order mark so Excel
	 * reads it.
	 */
	public static byte[] csv(Plan plan) {
		String header = List.of(ObservationColumn.values())
			.stream()
			.map(ObservationColumn::zh)
			.collect(Collectors.joining(","));
		return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static <T> void reference(Workbook workbook, String name, CellStyle bold, List<String> headers,
			List<T> items, Function<T, List<String>> cells) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			header.createCell(c).setCellValue(headers.get(c));
			header.getCell(c).setCellStyle(bold);
			sheet.setColumnWidth(c, ((c == 2) ? 40 : 20) * 256);
		}
		for (int r = 0; r < items.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<String> values = cells.apply(items.get(r));
			for (int c = 0; c < values.size(); c++) {
				row.createCell(c).setCellValue(values.get(c));
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private static void dropDown(Workbook workbook, Sheet data, ObservationColumn column, String listName,
			String listColumn, int size) {
		if (size == 0) {
			return;
		}
		Name name = workbook.createName();
		name.setNameName(listName);
		name.setRefersToFormula(LISTS + "!" + listColumn + "$1:" + listColumn + "$" + size);
		DataValidationHelper helper = data.getDataValidationHelper();
		int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listName),
				new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(true);
		validation.createErrorBox("代码无效 / invalid code", "请从下拉列表中选择 / pick a code from the list");
		data.addValidationData(validation);
	}

	/**
	 * The indicators the import accepts: those reported, not computed from a registry.
	 */
	public static List<Indicator> reported(Plan plan) {
		return plan.listIndicators().stream().filter((indicator) -> indicator.query() == null).toList();
	}

	/** The example row: the first reported indicator for the plan's top zone. */
	public static List<String> example(Plan plan) {
		List<Indicator> reported = reported(plan);
		String indicator = reported.isEmpty() ? "" : reported.get(0).code().value();
		return List.of(indicator, plan.rootZone().code(), String.valueOf(plan.header().startYear() + 2), "8500.5",
				"统计年鉴 / statistical yearbook", "");
	}

	private static void instructions(Workbook workbook, Plan plan, List<Indicator> reported, boolean zh,
			CellStyle bold) {
		Sheet sheet = workbook.createSheet(zh ? "填写说明" : "instructions");
		List<String> lines = zh
				? List.of("填写说明", "1. 在“填报”表中每行填一个数值：指标、空间单元、期间、数值（来源、备注可不填）。",
						"2. 指标和空间单元从下拉列表中选代码；代码的含义见“指标”“空间单元”两表。", "3. 由企业库或创新平台库计算的指标不接受填报，不在列表中。",
						"4. 一行有误则整个文件不导入，并列出每个问题（行、列、值、原因）；导入后须经审定才发布。", "示例行（不要复制到“填报”表以外的地方）：")
				: List.of("Instructions",
						"1. On the data sheet, one figure per row: indicator, zone, period, value (source and note optional).",
						"2. Pick indicator and zone codes from the drop-down lists; the indicators and zones sheets say what each means.",
						"3. Indicators computed from the enterprise or platform registry are not reported and not listed.",
						"4. One bad row rejects the whole file with every problem listed (row, column, value, reason); imported figures are published once approved.",
						"Example row:");
		int r = 0;
		for (String line : lines) {
			sheet.createRow(r++).createCell(0).setCellValue(line);
		}
		sheet.getRow(0).getCell(0).setCellStyle(bold);
		Row header = sheet.createRow(r++);
		Row example = sheet.createRow(r);
		List<String> values = example(plan);
		for (ObservationColumn column : ObservationColumn.values()) {
			header.createCell(column.ordinal())
				.setCellValue(column.header(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
			header.getCell(column.ordinal()).setCellStyle(bold);
			example.createCell(column.ordinal()).setCellValue(values.get(column.ordinal()));
			sheet.setColumnWidth(column.ordinal(), column.width() * 256);
		}
		sheet.setColumnWidth(0, 30 * 256);
	}

}
