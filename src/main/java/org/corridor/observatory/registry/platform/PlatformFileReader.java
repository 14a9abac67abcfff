package org.corridor.observatory.registry.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LocationCells;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlatformLevel;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.tabular.Cells;
import org.corridor.observatory.tabular.CodeList;
import org.corridor.observatory.tabular.Column;
import org.corridor.observatory.tabular.DateCells;
import org.corridor.observatory.tabular.FileTemplate;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.tabular.Reporter;
import org.corridor.observatory.tabular.ProblemList;
import org.corridor.observatory.tabular.SheetRow;
import org.corridor.observatory.tabular.TabularFile;

/**
 * Reads a platform file (CSV or XLSX, see {@link FileTemplate#PLATFORMS}): one row per
 * platform, checked against the plan's platform types and domains. The file is taken
 * whole or not at all: every problem of every row is collected, with its row, column,
 * value and reason in Chinese and English, and thrown together as an
 * {@link ImportRejectedException}.
 */
public final class PlatformFileReader {

	/** The template of a platform file. */
	public static final FileTemplate TEMPLATE = new FileTemplate(
			Arrays.stream(PlatformColumn.values()).filter(PlatformColumn::input).toArray(Column[]::new), "创新平台",
			"Platforms", "一行为一个平台；已登记的平台按代码更新，旧记录留作修订；整个文件全部通过校验才会导入，否则列出所有问题（行、列、值、原因）。",
			"One row per platform; a registered platform is updated by its code and its old record kept as a"
					+ " revision; the file is imported only if every row passes, otherwise every problem is listed"
					+ " (row, column, value, reason).");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	private static final LocationCells.Columns LOCATION = new LocationCells.Columns(PlatformColumn.LON,
			PlatformColumn.LAT, PlatformColumn.CRS);

	private final TabularFile file;

	private final Map<String, String> types = new HashMap<>();

	private final CodeList domains;

	private final Crs fileCrs;

	private final LocalDate today;

	private final ProblemList problems = new ProblemList();

	private PlatformFileReader(TabularFile file, Plan plan, Crs fileCrs, LocalDate today) {
		this.file = file;
		for (Item type : plan.listItems(ItemKind.PLATFORM_TYPE)) {
			this.types.put(Cells.foldUpper(type.code()), type.code());
			this.types.put(type.name().zh(), type.code());
			if (type.name().en() != null) {
				this.types.put(Cells.foldUpper(type.name().en()), type.code());
			}
		}
		this.domains = new CodeList(codes(plan, ItemKind.DOMAIN), "技术领域", "domain");
		this.fileCrs = fileCrs;
		this.today = today;
	}

	/**
	 * @param fileCrs the coordinate system of rows that name none
	 * @param today the day after which a date is in the future
	 */
	static List<PlatformRow> read(String fileName, byte[] content, Plan plan, Crs fileCrs, LocalDate today) {
		TabularFile file = TabularFile.read(fileName, content, PlatformColumn.values());
		PlatformFileReader reader = new PlatformFileReader(file, plan, fileCrs, today);
		List<PlatformRow> accepted = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (SheetRow row : file.rows()) {
			PlatformRow checked = reader.check(row, seen);
			if (checked != null) {
				accepted.add(checked);
			}
			if (reader.problems.stopAfter(row.number())) {
				break;
			}
		}
		if (!reader.problems.isEmpty()) {
			throw new ImportRejectedException(reader.problems);
		}
		return accepted;
	}

	private PlatformRow check(SheetRow row, Map<String, Integer> seen) {
		int before = this.problems.total();
		Reporter reporter = (column, value, zh, en) -> this.problems.add(this.file.problem(row, column, value, zh, en));
		String codeText = cell(row, PlatformColumn.CODE);
		String code = Cells.foldUpper(codeText);
		if (!CODE.matcher(code).matches()) {
			reporter.reject(PlatformColumn.CODE, codeText, "平台代码应由大写字母开头，只含字母、数字和下划线，至多 64 位",
					"a platform code starts with a capital letter and holds only letters, digits and underscores,"
							+ " 64 at most");
		}
		else if (seen.containsKey(code)) {
			reporter.reject(PlatformColumn.CODE, codeText, "平台代码与第 " + seen.get(code) + " 行重复",
					"the platform code repeats row " + seen.get(code));
		}
		else {
			seen.put(code, row.number());
		}
		String name = cell(row, PlatformColumn.NAME);
		if (ChineseNames.key(name).isEmpty()) {
			reporter.reject(PlatformColumn.NAME, name, "平台名称不能为空", "the name is empty");
		}
		String typeText = cell(row, PlatformColumn.TYPE);
		String type = this.types.get(Cells.foldUpper(typeText));
		if (type == null) {
			reporter.reject(PlatformColumn.TYPE, typeText,
					typeText.isEmpty() ? "平台类型不能为空" : "未知的平台类型“" + typeText + "”，请用“规划结构”页列出的类型代码或名称",
					typeText.isEmpty() ? "the platform type is empty" : "unknown platform type '" + typeText
							+ "'; use a type code or name of the plan structure page");
		}
		String levelText = cell(row, PlatformColumn.LEVEL);
		PlatformLevel level = levelText.isEmpty() ? null : PlatformLevel.of(Cells.foldUpper(levelText));
		if (!levelText.isEmpty() && level == null) {
			reporter.reject(PlatformColumn.LEVEL, levelText, "未知的级别，可用 国家级、省级、市级、区级",
					"unknown level; use national, provincial, municipal or district");
		}
		List<String> domainCodes = this.domains.parse(cell(row, PlatformColumn.DOMAINS), PlatformColumn.DOMAINS,
				reporter);
		Map<PlatformStatus, LocalDate> stages = stages(row, reporter);
		LocationCells.Located location = LocationCells.parse(cell(row, PlatformColumn.LON),
				cell(row, PlatformColumn.LAT), cell(row, PlatformColumn.CRS), this.fileCrs, LOCATION, reporter);
		if (this.problems.total() > before) {
			return null;
		}
		String nameEn = cell(row, PlatformColumn.NAME_EN);
		String host = cell(row, PlatformColumn.HOST);
		return new PlatformRow(code, name, nameEn.isEmpty() ? null : nameEn, type,
				(level != null) ? level.code() : null, host.isEmpty() ? null : host, domainCodes, stages, location,
				row.number());
	}

	/**
	 * The day of each stage given, each checked as a date and against the stages before
	 * it on its path (planned, under construction, operating, then accredited or
	 * evaluated).
	 */
	private Map<PlatformStatus, LocalDate> stages(SheetRow row, Reporter reporter) {
		Map<PlatformStatus, LocalDate> stages = new EnumMap<>(PlatformStatus.class);
		for (PlatformStatus status : PlatformStatus.values()) {
			PlatformColumn column = PlatformColumn.of(status);
			String text = cell(row, column);
			if (text.isEmpty()) {
				continue;
			}
			LocalDate date = DateCells.parse(text, this.today, column, text, reporter);
			if (date == null) {
				continue;
			}
			for (Map.Entry<PlatformStatus, LocalDate> earlier : stages.entrySet()) {
				if (earlier.getKey().reachedThrough().contains(status) && date.isBefore(earlier.getValue())) {
					PlatformColumn earlierColumn = PlatformColumn.of(earlier.getKey());
					reporter.reject(column, text,
							column.zh() + " " + date + " 早于" + earlierColumn.zh() + " " + earlier.getValue(),
							column.en() + " " + date + " is before " + earlierColumn.en() + " " + earlier.getValue());
				}
			}
			stages.put(status, date);
		}
		return stages;
	}

	private String cell(SheetRow row, PlatformColumn column) {
		return Cells.clean(this.file.cell(row, column));
	}

	private static Set<String> codes(Plan plan, ItemKind kind) {
		return plan.listItems(kind).stream().map(Item::code).collect(Collectors.toSet());
	}

}
