package org.corridor.observatory.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code plan.yaml}: the format, identity, period, baseline and outlook years and
 * milestones of the plan, the tables it names, and the name of its source text file.
 */
final class PlanHeaderReader {

	static final String FILE = "plan.yaml";

	private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

	private final CrossReferences codes;

	PlanHeaderReader(CrossReferences codes) {
		this.codes = codes;
	}

	/**
	 * What {@code plan.yaml} holds.
	 *
	 * @param header the plan's header, or null when its fields are missing or
	 * inconsistent
	 * @param tables the tables the plan names
	 * @param sourceFile the name of the source text file, or null when it is not given
	 */
	record PlanFile(PlanHeader header, List<Item> tables, String sourceFile) {
	}

	PlanFile read(Node root) {
		PlanHeader header = readHeader(root);
		List<Item> tables = new ArrayList<>();
		for (Node node : root.nodes("tables", false)) {
			ItemDraft table = new ItemDraft(node, ItemKind.TABLE, this.codes);
			table.attribute("rows_given", String.valueOf(node.text("rows_given", true)));
			table.addTo(tables);
		}
		String sourceFile = root.text("source_text", true);
		root.finish();
		return new PlanFile(header, tables, sourceFile);
	}

	private PlanHeader readHeader(Node node) {
		String format = node.text("format", true);
		if (format != null && !PlanPackLoader.FORMAT.equals(format)) {
			node.problem("format", "不支持的格式“" + format + "”,应为 " + PlanPackLoader.FORMAT,
					"unsupported format '" + format + "', expected " + PlanPackLoader.FORMAT);
		}
		String id = node.text("id", true);
		if (id != null && !PACK_ID.matcher(id).matches()) {
			node.problem("id", "规划包标识应为小写字母、数字和连字符", "the pack id must be lower-kebab-case");
		}
		String version = node.text("version", true);
		if (version != null && !VERSION.matcher(version).matches()) {
			node.problem("version", "版本号应为 x.y.z", "the version must be x.y.z");
		}
		LocalizedText name = node.localized("name", true);
		LocalizedText shortName = node.localized("short_name", false);
		LocalizedText document = node.localized("source_document", false);
		Node period = node.node("period", true);
		Integer start = (period != null) ? period.year("start", true) : null;
		Integer end = (period != null) ? period.year("end", true) : null;
		if (period != null) {
			period.finish();
		}
		Integer baseline = node.year("baseline_year", true);
		Integer outlook = node.year("outlook_year", true);
		List<Integer> milestones = node.integers("milestones", true);
		if (start == null || end == null || baseline == null || outlook == null || name == null || id == null
				|| version == null) {
			return null;
		}
		if (start > end) {
			node.problem("period", "规划期起始年晚于结束年", "the period starts after it ends");
			return null;
		}
		if (baseline >= start) {
			node.problem("baseline_year", "基期年应早于规划期起始年", "the baseline year must precede the period");
			return null;
		}
		if (outlook < end) {
			node.problem("outlook_year", "展望年不能早于规划期结束年", "the outlook year must not precede the period end");
			return null;
		}
		for (Integer milestone : milestones) {
			if (milestone < start || milestone > outlook) {
				node.problem("milestones", "里程碑年份 " + milestone + " 不在规划期与展望年之间",
						"milestone " + milestone + " is outside the period and outlook");
			}
		}
		return new PlanHeader(id, version, name, (shortName != null) ? shortName : name,
				(document != null) ? document : name, start, end, baseline, outlook, milestones);
	}

}
