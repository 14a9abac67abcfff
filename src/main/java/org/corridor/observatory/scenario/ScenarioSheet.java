package org.corridor.observatory.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.tabular.ExcelStyles;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * A scenario's assumptions as an Excel sheet (情景假设表), and back. The header is the first
 * row; the second row, whose first cell begins with {@code #}, says what each column
 * takes and is skipped on reading, as is any row so marked. Codes count; names are there
 * to read, and a blank indicator or zone code is looked up by its name. Every problem is
 * located by row and column before anything is saved.
 */
public final class ScenarioSheet {

	/** A row whose first cell begins with this is an instruction, not an assumption. */
	public static final String INSTRUCTION = "#";

	private ScenarioSheet() {
	}

	/** The sheet of a version's assumptions, in Chinese or English headers. */
	public static byte[] write(Plan plan, ScenarioVersion version, Map<Long, CandidateFirm> candidates,
			Map<String, Platform> platforms, boolean zh, String demoNotice) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ExcelStyles styles = ExcelStyles.of(workbook);
			Sheet sheet = workbook.createSheet(zh ? "情景假设" : "Assumptions");
			ScenarioColumn[] columns = ScenarioColumn.values();
			Row header = sheet.createRow(0);
			Row notes = sheet.createRow(1);
			for (ScenarioColumn column : columns) {
				header.createCell(column.ordinal()).setCellValue(column.header(zh));
				header.getCell(column.ordinal()).setCellStyle(styles.bold());
				String note = zh ? column.spec().noteZh() : column.spec().noteEn();
				notes.createCell(column.ordinal())
					.setCellValue((column.ordinal() == 0) ? INSTRUCTION + " " + (zh ? "说明：" : "how to fill in: ") + note
							: note);
			}
			int next = 2;
			for (Assumption a : version.assumptions()) {
				Row row = sheet.createRow(next++);
				styles.text(row, ScenarioColumn.KIND.ordinal(), zh ? a.kind().zh() : a.kind().name());
				styles.text(row, ScenarioColumn.INDICATOR_CODE.ordinal(), a.indicator());
				styles.text(row, ScenarioColumn.INDICATOR.ordinal(), (a.indicator() != null)
						? plan.findIndicator(a.indicator()).map((i) -> zh ? i.name().zh() : i.name().en()).orElse(null)
						: null);
				styles.text(row, ScenarioColumn.ZONE_CODE.ordinal(), a.zone());
				styles.text(row, ScenarioColumn.ZONE.ordinal(), (a.zone() != null)
						? plan.findZone(a.zone()).map((z) -> zh ? z.name().zh() : z.name().en()).orElse(null) : null);
				styles.year(row, ScenarioColumn.YEAR.ordinal(), a.year());
				if (a.rate() != null) {
					styles.number(row, ScenarioColumn.RATE.ordinal(), a.rate(), ExcelStyles.DECIMAL);
				}
				if (a.candidate() != null) {
					styles.number(row, ScenarioColumn.CANDIDATE_ID.ordinal(), a.candidate(), "0");
					CandidateFirm firm = candidates.get(a.candidate());
					styles.text(row, ScenarioColumn.CANDIDATE.ordinal(),
							(firm != null) ? firm.name() : a.candidateName());
				}
				styles.text(row, ScenarioColumn.PLATFORM_CODE.ordinal(), a.platform());
				if (a.platform() != null && platforms.containsKey(a.platform())) {
					Platform platform = platforms.get(a.platform());
					styles.text(row, ScenarioColumn.PLATFORM.ordinal(),
							(zh || platform.nameEn() == null) ? platform.name() : platform.nameEn());
				}
				styles.text(row, ScenarioColumn.STAGE.ordinal(), a.stage());
				styles.text(row, ScenarioColumn.NOTE.ordinal(), a.note());
			}
			if (demoNotice != null) {
				sheet.createRow(next + 1).createCell(0).setCellValue(INSTRUCTION + " " + demoNotice);
			}
			for (ScenarioColumn column : columns) {
				sheet.setColumnWidth(column.ordinal(), 20 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The assumptions of a sheet, with the sheet row of each; every problem of reading
	 * (unknown kind, a year or number that is not one, a name that names nothing) at
	 * once.
	 * @throws ImportRejectedException when the file or any row is bad
	 */
	public static Read read(Plan plan, String fileName, byte[] content) {
		TabularFile file = TabularFile.read(fileName, content, ScenarioColumn.values());
		List<ImportProblem> problems = new ArrayList<>();
		List<Assumption> assumptions = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (SheetRow row : file.rows()) {
			String kindText = file.cell(row, ScenarioColumn.KIND);
			if (kindText.startsWith(INSTRUCTION)) {
				continue;
			}
			int before = problems.size();
			AssumptionKind kind = AssumptionKind.of(kindText);
			if (kind == null) {
				problems.add(file.problem(row, ScenarioColumn.KIND, kindText, "未知的假设类型，应为 增速、企业落地、平台进展 或 范围调整",
						"unknown kind; use growth, landing, platform or boundary"));
			}
			Integer year = whole(file, row, ScenarioColumn.YEAR, problems);
			BigDecimal rate = decimal(file, row, ScenarioColumn.RATE, problems);
			Integer candidate = whole(file, row, ScenarioColumn.CANDIDATE_ID, problems);
			String indicator = blankToNull(file.cell(row, ScenarioColumn.INDICATOR_CODE));
			if (indicator == null) {
				indicator = byName(plan.listIndicators().stream().map(Indicator::code).map(Object::toString).toList(),
						(code) -> plan.getIndicator(code).name().zh(), (code) -> plan.getIndicator(code).name().en(),
						file.cell(row, ScenarioColumn.INDICATOR))
					.orElse(null);
				if (indicator == null && !file.cell(row, ScenarioColumn.INDICATOR).isEmpty()) {
					problems.add(file.problem(row, ScenarioColumn.INDICATOR, file.cell(row, ScenarioColumn.INDICATOR),
							"规划中没有这个名称的指标", "no indicator of the plan has this name"));
				}
			}
			String zone = blankToNull(file.cell(row, ScenarioColumn.ZONE_CODE));
			if (zone == null) {
				zone = byName(plan.listZones().stream().map(Zone::code).toList(),
						(code) -> plan.getZone(code).name().zh(), (code) -> plan.getZone(code).name().en(),
						file.cell(row, ScenarioColumn.ZONE))
					.orElse(null);
				if (zone == null && !file.cell(row, ScenarioColumn.ZONE).isEmpty()) {
					problems.add(file.problem(row, ScenarioColumn.ZONE, file.cell(row, ScenarioColumn.ZONE),
							"规划中没有这个名称的空间单元", "no zone of the plan has this name"));
				}
			}
			if (year == null && file.cell(row, ScenarioColumn.YEAR).isEmpty()) {
				problems.add(file.problem(row, ScenarioColumn.YEAR, null, "起始年份不能为空", "the year is missing"));
			}
			if (problems.size() > before) {
				continue;
			}
			assumptions.add(new Assumption(kind, indicator, zone, year, rate,
					(candidate != null) ? candidate.longValue() : null, null,
					blankToNull(file.cell(row, ScenarioColumn.PLATFORM_CODE)),
					blankToNull(file.cell(row, ScenarioColumn.STAGE)),
					blankToNull(file.cell(row, ScenarioColumn.NOTE))));
			rows.add(row.number());
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		return new Read(assumptions, rows);
	}

	private static Optional<String> byName(List<String> codes, java.util.function.Function<String, String> zh,
			java.util.function.Function<String, String> en, String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String wanted = name.strip();
		return codes.stream()
			.filter((c) -> zh.apply(c).equals(wanted) || en.apply(c).equalsIgnoreCase(wanted))
			.findFirst();
	}

	private static Integer whole(TabularFile file, SheetRow row, ScenarioColumn column, List<ImportProblem> problems) {
		String text = file.cell(row, column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			problems.add(file.problem(row, column, text, "不是整数", "not a whole number"));
			return null;
		}
	}

	private static BigDecimal decimal(TabularFile file, SheetRow row, ScenarioColumn column,
			List<ImportProblem> problems) {
		String text = file.cell(row, column).replace("%", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problems.add(file.problem(row, column, text, "不是数字", "not a number"));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A sheet read.
	 *
	 * @param assumptions the assumptions, in sheet order
	 * @param rows the sheet row of each
	 */
	public record Read(List<Assumption> assumptions, List<Integer> rows) {
	}

}
