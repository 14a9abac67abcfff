package org.corridor.observatory.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.Status;
import org.corridor.observatory.monitor.Step;
import org.corridor.observatory.plan.Attribute;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.report.ReportDocument.Block;
import org.corridor.observatory.report.ReportDocument.Heading;
import org.corridor.observatory.report.ReportDocument.Image;
import org.corridor.observatory.report.ReportDocument.Paragraph;
import org.corridor.observatory.report.ReportDocument.Table;

/**
 * Writes an {@link AnnualReport} out in Chinese or English with the outline of Chinese
 * plan evaluations: 一、规划实施总体情况; 二、主要目标指标完成情况 (the indicator table, a chart per lagging
 * indicator); 三、空间格局与区县; 四、战略科技力量与平台; 五、产业体系与产业链; 六、存在的主要问题; 七、后半程研判; 八、情景推演 (only when
 * scenarios are included: each one's assumptions and every indicator's outcome beside the
 * baseline forecast); 附录 (sources, the rating rules, every status's working, the report's
 * inputs). Every sentence is a template filled with the report's figures: nothing is said
 * that the figures do not say.
 */
public final class ReportComposer {

	/** The DEMO notice every page of a report with demo figures carries. */
	public static final String DEMO_NOTICE = "DEMO：含演示数据（随机生成，非真实统计）/ contains generated demo data, not real statistics";

	/** The indicator table's columns, Chinese. */
	public static final List<String> TABLE_ZH = List.of("类别", "指标", "单位", "基期值", "目标值", "年均/累计要求", "当年实际", "完成度",
			"进展评价", "属性");

	/** The columns of part 四's table of the plan's platform counts, in both languages. */
	public static final List<LocalizedText> PLATFORM_TARGETS_TABLE = List.of(LocalizedText.of("指标", "Indicator"),
			LocalizedText.of("目标值", "Target"), LocalizedText.of("当前数", "Current count"), LocalizedText.of("差距", "Gap"));

	/** The indicator table's columns, English. */
	public static final List<String> TABLE_EN = List.of("Category", "Indicator", "Unit", "Baseline", "Target",
			"Yearly / total requirement", "Actual", "Completion", "Progress", "Attribute");

	private final AnnualReport report;

	private final Locale locale;

	private final boolean en;

	private final List<Block> blocks = new ArrayList<>();

	private int figures;

	private int tables;

	private ReportComposer(AnnualReport report, Locale locale) {
		this.report = report;
		this.locale = locale;
		this.en = "en".equals(locale.getLanguage());
	}

	/** The report in the language of {@code locale} (English for "en", else Chinese). */
	public static ReportDocument compose(AnnualReport report, Locale locale, ChartProgress charts) {
		return new ReportComposer(report, locale).compose(charts);
	}

	private String t(String zh, String en) {
		return this.en ? en : zh;
	}

	private String in(LocalizedText text) {
		return (text != null) ? text.in(this.locale) : ReportFormat.NONE;
	}

	private ReportDocument compose(ChartProgress charts) {
		AnnualReport r = this.report;
		String title = this.en ? in(r.planName()) + ": annual monitoring and evaluation report, " + r.year()
				: in(r.planName()) + r.year() + "年度监测评估报告";
		String subtitle = t(
				"评估范围：" + in(r.zoneName()) + "　评估年度：" + r.year() + "年　数据截至：" + r.asOf() + "　规划版本：第 " + r.planVersion()
						+ " 版",
				"Scope: " + in(r.zoneName()) + " · Year: " + r.year() + " · Figures as of " + r.asOf()
						+ " · Plan version " + r.planVersion());
		String footer = t(in(r.planName()) + " · " + r.year() + "年度监测评估报告 · " + in(r.zoneName()),
				in(r.planName()) + " · " + r.year() + " report · " + in(r.zoneName()));
		overview();
		indicators(charts);
		districts();
		platforms();
		chains();
		problems();
		projection();
		scenarios();
		appendix();
		return new ReportDocument(title, subtitle, r.demo() ? DEMO_NOTICE : null, footer, this.blocks);
	}

	private void h1(String zh, String en) {
		this.blocks.add(new Heading(1, t(zh, en)));
	}

	private void h2(String text) {
		this.blocks.add(new Heading(2, text));
	}

	private void p(String text) {
		this.blocks.add(new Paragraph(text));
	}

	private void small(String text) {
		this.blocks.add(new Paragraph(text, true));
	}

	/** The caption of the next table, numbered in order: 表n … / Table n. … */
	private String caption(String zh, String en) {
		int n = ++this.tables;
		return t("表" + n + " " + zh, "Table " + n + ". " + en);
	}

	// 一、规划实施总体情况
	private void overview() {
		AnnualReport r = this.report;
		h1("一、规划实施总体情况", "1. Overall implementation");
		Map<NdrcRating, Integer> c = r.ratingCounts();
		int total = r.indicators().size();
		String elapsed = ReportFormat.percent(r.timeElapsed());
		StringBuilder s = new StringBuilder();
		if (this.en) {
			s.append(r.year())
				.append(" is year ")
				.append(r.year() - r.baselineYear())
				.append(" of the plan period ")
				.append(r.baselineYear())
				.append("–")
				.append(r.endYear())
				.append(": ")
				.append(elapsed)
				.append(" of the time has elapsed. Of the ")
				.append(total)
				.append(" main indicators monitored, ")
				.append(c.get(NdrcRating.AHEAD))
				.append(" are achieved ahead of time, ")
				.append(c.get(NdrcRating.FASTER))
				.append(" faster than expected, ")
				.append(c.get(NdrcRating.AS_EXPECTED))
				.append(" broadly as expected and ")
				.append(c.get(NdrcRating.LAGGING))
				.append(" lagging");
			if (c.get(NdrcRating.NO_DATA) > 0) {
				s.append("; ").append(c.get(NdrcRating.NO_DATA)).append(" have no figures yet");
			}
			if (c.get(NdrcRating.NO_TARGET) > 0) {
				s.append("; ").append(c.get(NdrcRating.NO_TARGET)).append(" have no target decomposed to the zone");
			}
			s.append('.');
			if (r.meanCompletion() != null) {
				s.append(" The rated indicators are ")
					.append(ReportFormat.percent(r.meanCompletion()))
					.append(" complete on average (each capped to 0–100%), ");
				double gap = r.meanCompletion() - r.timeElapsed();
				s.append((gap >= 0) ? "at or ahead of the time elapsed"
						: ReportFormat.ratio1(-gap * 100) + " percentage points behind the time elapsed");
				if (r.timeElapsed() >= 0.5 && r.meanCompletion() >= 0.5 && gap >= 0) {
					s.append(" (half the time gone, half the work done)");
				}
				s.append('.');
			}
		}
		else {
			s.append(r.year())
				.append("年是规划实施的第 ")
				.append(r.year() - r.baselineYear())
				.append(" 年，规划期（")
				.append(r.baselineYear())
				.append("—")
				.append(r.endYear())
				.append("年）时间进度为 ")
				.append(elapsed)
				.append("。纳入监测的 ")
				.append(total)
				.append(" 项主要指标中，")
				.append(c.get(NdrcRating.AHEAD))
				.append(" 项提前实现，")
				.append(c.get(NdrcRating.FASTER))
				.append(" 项快于预期，")
				.append(c.get(NdrcRating.AS_EXPECTED))
				.append(" 项基本符合预期，")
				.append(c.get(NdrcRating.LAGGING))
				.append(" 项滞后");
			if (c.get(NdrcRating.NO_DATA) > 0) {
				s.append("，").append(c.get(NdrcRating.NO_DATA)).append(" 项暂无数据");
			}
			if (c.get(NdrcRating.NO_TARGET) > 0) {
				s.append("，").append(c.get(NdrcRating.NO_TARGET)).append(" 项未分解目标");
			}
			s.append("。");
			if (r.meanCompletion() != null) {
				s.append("已评价指标平均完成度为 ")
					.append(ReportFormat.percent(r.meanCompletion()))
					.append("（各指标完成度截取到 0—100% 后平均），");
				double gap = r.meanCompletion() - r.timeElapsed();
				s.append((gap >= 0) ? "任务进度不低于时间进度" : "任务进度落后时间进度 " + ReportFormat.ratio1(-gap * 100) + " 个百分点");
				if (r.timeElapsed() >= 0.5 && r.meanCompletion() >= 0.5 && gap >= 0) {
					s.append("，实现“时间过半、任务过半”");
				}
				s.append("。");
			}
		}
		Map<Status, Integer> st = r.statusCounts();
		s.append(t("按平台评估状态：", " By the platform's statuses: "));
		List<String> parts = new ArrayList<>();
		for (Status status : List.of(Status.ACHIEVED, Status.ON_TRACK, Status.LAGGING, Status.OFF_TRACK, Status.NO_DATA,
				Status.NO_TARGET)) {
			if (st.get(status) > 0 || status.severity() >= 0) {
				parts.add(this.en ? st.get(status) + " " + status.en() : status.zh() + " " + st.get(status) + " 项");
			}
		}
		s.append(String.join(t("、", ", "), parts)).append(t("。", "."));
		p(s.toString());
		List<List<String>> rows = new ArrayList<>();
		for (NdrcRating rating : NdrcRating.values()) {
			rows.add(List.of(in(rating.label()), String.valueOf(c.get(rating)), statusesOf(rating)));
		}
		this.blocks.add(new Table(caption("指标进展评价汇总", "Indicators by progress"),
				List.of(t("进展评价", "Progress"), t("指标数", "Indicators"), t("对应平台状态", "Platform status")), rows,
				List.of(3, 2, 5)));
	}

	private String statusesOf(NdrcRating rating) {
		String faster = ReportFormat.ratio(NdrcRating.FASTER_RATIO);
		return switch (rating) {
			case AHEAD -> in(Status.ACHIEVED.label());
			case FASTER -> in(Status.ON_TRACK.label()) + t("，绩效比 R ≥ " + faster, ", performance ratio R ≥ " + faster);
			case AS_EXPECTED -> in(Status.ON_TRACK.label()) + t("，R < " + faster, ", R < " + faster);
			case LAGGING -> in(Status.LAGGING.label()) + t("、", ", ") + in(Status.OFF_TRACK.label());
			case NO_DATA -> in(Status.NO_DATA.label());
			case NO_TARGET -> in(Status.NO_TARGET.label());
		};
	}

	// 二、主要目标指标完成情况
	private void indicators(ChartProgress charts) {
		AnnualReport r = this.report;
		h1("二、主要目标指标完成情况", "2. Main targets");
		long binding = r.indicators().stream().filter((row) -> row.indicator().isBinding()).count();
		int table = this.tables + 1;
		p(t("表" + table + " 列出规划 " + r.indicators().size() + " 项主要指标（约束性指标 " + binding + " 项在前）" + r.year()
				+ "年的完成情况。完成度 C =（当年实际 − 基期值）/（目标值 − 基期值）。",
				"Table " + table + " lists the plan's " + r.indicators().size() + " main indicators (the " + binding
						+ " binding ones first) in " + r.year()
						+ ". Completion C = (actual − baseline) / (target − baseline)."));
		List<List<String>> rows = new ArrayList<>();
		for (AnnualReport.IndicatorRow row : r.indicators()) {
			rows.add(indicatorCells(row));
		}
		this.blocks.add(new Table(caption("主要目标指标完成情况", "Main targets"), this.en ? TABLE_EN : TABLE_ZH, rows,
				List.of(3, 6, 2, 3, 3, 4, 3, 3, 3, 2)));
		List<AnnualReport.IndicatorRow> lagging = r.lagging();
		int n = 0;
		for (AnnualReport.IndicatorRow row : lagging) {
			n++;
			charts.chart(n, lagging.size());
			byte[] png = ReportCharts.chart(row, this.locale, r.demo() ? DEMO_NOTICE : null);
			int f = ++this.figures;
			this.blocks.add(new Image(png, ReportCharts.WIDTH, ReportCharts.HEIGHT, t(
					"图" + f + " " + in(row.indicator().name()) + "：实际值、基期值、目标值与趋势预测",
					"Figure " + f + ". " + in(row.indicator().name()) + ": figures, baseline, target and projection")));
		}
	}

	/** The cells of one row of the indicator table. */
	List<String> indicatorCells(AnnualReport.IndicatorRow row) {
		IndicatorEvaluation e = row.evaluation();
		return List.of((row.category() != null) ? in(row.category()) : ReportFormat.NONE, in(row.indicator().name()),
				in(row.indicator().unit()), ReportFormat.figure(e.baselineValue()), target(e),
				(row.requirement() != null) ? in(row.requirement()) : ReportFormat.NONE,
				ReportFormat.figure(e.actual()), ReportFormat.percent(e.completion()), in(row.rating().label()),
				attribute(row.indicator().attribute()));
	}

	/** A target as the tables write it: {@code ≥ 3（2025年）}, or a dash. */
	private String target(IndicatorEvaluation e) {
		return (e.target() != null)
				? e.target().describe() + t("（" + e.target().year() + "年）", " (" + e.target().year() + ")")
				: ReportFormat.NONE;
	}

	private String attribute(Attribute attribute) {
		return switch (attribute) {
			case BINDING -> t("约束性", "binding");
			case EXPECTED -> t("预期性", "expected");
			case UNSPECIFIED -> ReportFormat.NONE;
		};
	}

	// 三、空间格局与区县
	private void districts() {
		AnnualReport r = this.report;
		h1("三、空间格局与区县", "3. Districts");
		if (!r.corridor()) {
			p(t("本报告的范围为" + in(r.zoneName()) + "，其指标按分解到本区县的目标评价；各区县的比较见走廊年度报告。", "This report covers "
					+ in(r.zoneName())
					+ ", judged against the targets decomposed to it; the districts are compared in the corridor's report."));
			return;
		}
		if (r.districts().isEmpty()) {
			p(t("规划未划定区县。", "The plan names no district."));
			return;
		}
		List<AnnualReport.DistrictRow> measured = r.districts()
			.stream()
			.filter((d) -> d.meanCompletion() != null)
			.sorted(Comparator.comparing(AnnualReport.DistrictRow::meanCompletion).reversed())
			.toList();
		StringBuilder s = new StringBuilder(t("走廊涉及 " + r.districts().size() + " 个区县。",
				"The corridor spans " + r.districts().size() + " districts. "));
		if (!measured.isEmpty()) {
			AnnualReport.DistrictRow best = measured.get(0);
			AnnualReport.DistrictRow worst = measured.get(measured.size() - 1);
			s.append(t(
					measured.size() + " 个区县有分解目标可评价，平均完成度最高的是" + in(best.name()) + "（"
							+ ReportFormat.percent(best.meanCompletion()) + "），最低的是" + in(worst.name()) + "（"
							+ ReportFormat.percent(worst.meanCompletion()) + "）。",
					measured.size() + " have decomposed targets to be judged by; the most complete on average is "
							+ in(best.name()) + " (" + ReportFormat.percent(best.meanCompletion()) + "), the least "
							+ in(worst.name()) + " (" + ReportFormat.percent(worst.meanCompletion()) + ")."));
		}
		else {
			s.append(t("各区县均无分解目标，按其占全域的比重（贡献）列示。",
					"No district has decomposed targets; each is shown by its share of the corridor (its contribution)."));
		}
		p(s.toString());
		List<List<String>> rows = new ArrayList<>();
		for (AnnualReport.DistrictRow d : r.districts()) {
			Map<NdrcRating, Integer> c = d.counts();
			String shares = d.shares()
				.stream()
				.map((share) -> in(share.indicator()) + " " + ReportFormat.percent(share.share()))
				.collect(Collectors.joining(t("；", "; ")));
			rows.add(List.of(in(d.name()), String.valueOf(d.rated()), String.valueOf(c.get(NdrcRating.AHEAD)),
					String.valueOf(c.get(NdrcRating.FASTER)), String.valueOf(c.get(NdrcRating.AS_EXPECTED)),
					String.valueOf(c.get(NdrcRating.LAGGING)), ReportFormat.percent(d.meanCompletion()),
					shares.isEmpty() ? ReportFormat.NONE : shares));
		}
		this.blocks.add(new Table(caption("各区县指标进展与贡献", "Districts: progress and contribution"),
				List.of(t("区县", "District"), t("评价指标数", "Rated"), in(NdrcRating.AHEAD.label()),
						in(NdrcRating.FASTER.label()), in(NdrcRating.AS_EXPECTED.label()),
						in(NdrcRating.LAGGING.label()), t("平均完成度", "Mean completion"),
						t("占全域比重（贡献）", "Share of the corridor (contribution)")),
				rows, List.of(3, 2, 2, 2, 2, 2, 2, 8)));
		byte[] maps = ReportMaps.districts(r, this.locale, r.demo() ? DEMO_NOTICE : null);
		if (maps != null) {
			int f = ++this.figures;
			this.blocks
				.add(new Image(maps, ReportMaps.WIDTH, ReportMaps.height(maps), t("图" + f + " 各区县小地图（颜色越深数值越大，灰色为无数据）",
						"Figure " + f + ". The districts (darker: larger; grey: no figure)")));
		}
	}

	// 四、战略科技力量与平台
	private void platforms() {
		AnnualReport.PlatformSummary s = this.report.platforms();
		h1("四、战略科技力量与平台", "4. Innovation platforms");
		Map<PlatformStatus, Integer> b = s.byStage();
		StringBuilder text = new StringBuilder();
		String names = String.join(t("、", ", "), s.accreditedInYear());
		if (this.en) {
			text.append("On ")
				.append(s.day())
				.append(" the registry holds ")
				.append(s.total())
				.append(" platforms: ")
				.append(b.get(PlatformStatus.PLANNED))
				.append(" planned, ")
				.append(b.get(PlatformStatus.UNDER_CONSTRUCTION))
				.append(" under construction, ")
				.append(b.get(PlatformStatus.OPERATING))
				.append(" operating, ")
				.append(b.get(PlatformStatus.ACCREDITED))
				.append(" accredited and ")
				.append(b.get(PlatformStatus.EVALUATED))
				.append(" evaluated. ")
				.append(s.accreditedInYear().size())
				.append(" were accredited in ")
				.append(this.report.year())
				.append(s.accreditedInYear().isEmpty() ? "" : " (" + names + ")")
				.append(". Of the ")
				.append(s.inPlan())
				.append(" platforms the plan names, ")
				.append(s.inPlanOperating())
				.append(" operate or are accredited or evaluated")
				.append((s.inPlan() > 0) ? " (" + ReportFormat.percent((double) s.inPlanOperating() / s.inPlan()) + ")."
						: ".");
		}
		else {
			text.append("截至 ")
				.append(s.day())
				.append("，平台登记库共有平台 ")
				.append(s.total())
				.append(" 个，其中谋划 ")
				.append(b.get(PlatformStatus.PLANNED))
				.append(" 个、建设中 ")
				.append(b.get(PlatformStatus.UNDER_CONSTRUCTION))
				.append(" 个、运行 ")
				.append(b.get(PlatformStatus.OPERATING))
				.append(" 个、获批认定 ")
				.append(b.get(PlatformStatus.ACCREDITED))
				.append(" 个、评估验收 ")
				.append(b.get(PlatformStatus.EVALUATED))
				.append(" 个。")
				.append(this.report.year())
				.append("年新获批认定 ")
				.append(s.accreditedInYear().size())
				.append(" 个")
				.append(s.accreditedInYear().isEmpty() ? "" : "（" + names + "）")
				.append("。规划明确的 ")
				.append(s.inPlan())
				.append(" 个平台中，")
				.append(s.inPlanOperating())
				.append(" 个已运行或获批认定、评估验收")
				.append((s.inPlan() > 0) ? "，占 " + ReportFormat.percent((double) s.inPlanOperating() / s.inPlan()) + "。"
						: "。");
		}
		p(text.toString());
		List<List<String>> rows = new ArrayList<>();
		for (PlatformStatus stage : PlatformStatus.values()) {
			rows.add(List.of(in(stage.label()), String.valueOf(b.get(stage))));
		}
		this.blocks.add(new Table(caption("平台按阶段统计", "Platforms by stage"),
				List.of(t("阶段", "Stage"), t("平台数", "Platforms")), rows, List.of(4, 2)));
		platformTargets(s.targets());
	}

	/**
	 * The table of the plan's platform counts: each target against the registry's count.
	 */
	private void platformTargets(List<AnnualReport.PlatformTarget> targets) {
		if (targets.isEmpty()) {
			return;
		}
		long reached = targets.stream().filter((target) -> target.gap() != null && target.gap() == 0).count();
		long behind = targets.stream().filter((target) -> target.gap() != null && target.gap() > 0).count();
		int year = this.report.year();
		p(t("规划中由平台登记库计数的指标 " + targets.size() + " 项，按指标口径统计到 " + year + " 年末的平台数，" + reached + " 项已达到目标值，" + behind
				+ " 项尚有差距（表" + (this.tables + 1) + "）。",
				"Indicators of the plan counted from the platform registry: " + targets.size() + ". By the end of "
						+ year + ", counted as each indicator defines it, " + reached + " at or past the target value, "
						+ behind + " short of it (Table " + (this.tables + 1) + ")."));
		List<List<String>> rows = new ArrayList<>();
		for (AnnualReport.PlatformTarget target : targets) {
			AnnualReport.IndicatorRow row = target.row();
			rows.add(List.of(
					in(row.indicator().name())
							+ t("（" + in(row.indicator().unit()) + "）", " (" + in(row.indicator().unit()) + ")"),
					target(row.evaluation()), ReportFormat.figure(row.evaluation().actual()),
					ReportFormat.figure(target.gap())));
		}
		this.blocks.add(new Table(caption("规划平台数量目标与登记库当前数", "The plan's platform counts against the registry"),
				PLATFORM_TARGETS_TABLE.stream().map((header) -> t(header.zh(), header.en())).toList(), rows,
				List.of(7, 3, 2, 2)));
	}

	// 五、产业体系与产业链
	private void chains() {
		AnnualReport r = this.report;
		h1("五、产业体系与产业链", "5. Industry chains");
		if (r.chains().isEmpty()) {
			p(t("企业登记库中尚无可用于产业链分析的企业数据。", "The firm registry holds no figures for a chain analysis yet."));
			return;
		}
		int gaps = r.chains().stream().mapToInt((c) -> c.gaps().size()).sum();
		p(t("按企业登记库" + r.chainYear() + "年数据，" + r.chains().size() + " 条重点产业链共识别补链强链短板 " + gaps + " 处（缺链、单点、弱链、缺链主）。",
				"From the firm registry's " + r.chainYear() + " figures, the " + r.chains().size() + " chains show "
						+ gaps + " gaps to close (missing segments, single points, weak segments, no chain leader)."));
		List<List<String>> rows = new ArrayList<>();
		for (AnnualReport.ChainRow c : r.chains()) {
			String top = c.gaps().stream().limit(3).map(this::in).collect(Collectors.joining(t("；", "; ")));
			rows.add(List.of(in(c.name()), String.valueOf(c.firms()), ReportFormat.figure(c.revenue()),
					ReportFormat.percent(c.growth()), c.stars() + " / " + c.maxStars(), String.valueOf(c.gaps().size()),
					top.isEmpty() ? ReportFormat.NONE : top));
		}
		this.blocks.add(new Table(caption("重点产业链实力与短板", "Chains: strength and gaps"),
				List.of(t("产业链", "Chain"), t("企业数", "Firms"), t("营业收入（万元）", "Revenue (10,000 yuan)"), t("增速", "Growth"),
						t("星级", "Stars"), t("短板数", "Gaps"), t("主要短板", "Main gaps")),
				rows, List.of(3, 2, 3, 2, 2, 2, 9)));
	}

	// 六、存在的主要问题
	private void problems() {
		AnnualReport r = this.report;
		h1("六、存在的主要问题", "6. Main problems");
		List<AnnualReport.IndicatorRow> lagging = r.lagging();
		if (lagging.isEmpty()) {
			p(t("本年度没有滞后的指标。", "No indicator lags this year."));
			return;
		}
		long off = lagging.stream().filter((row) -> row.evaluation().status() == Status.OFF_TRACK).count();
		p(t(lagging.size() + " 项指标滞后于时间进度，其中 " + off + " 项严重滞后（绩效比低于滞后下限）。逐项情况如下。",
				lagging.size() + " indicators lag behind the time elapsed, " + off
						+ " of them off track (performance ratio below the lagging band). One by one:"));
		int n = 0;
		for (AnnualReport.IndicatorRow row : lagging) {
			n++;
			IndicatorEvaluation e = row.evaluation();
			String unit = in(row.indicator().unit());
			h2(t("（" + n + "）" + in(row.indicator().name()) + "：" + in(e.status().label()),
					"(" + n + ") " + in(row.indicator().name()) + ": " + in(e.status().label())));
			String targetYear = (e.target() != null) ? String.valueOf(e.target().year()) : ReportFormat.NONE;
			String meets = Boolean.TRUE.equals(e.projectedToMeet()) ? t("可以实现目标", "would meet the target")
					: Boolean.FALSE.equals(e.projectedToMeet()) ? t("难以实现目标", "would miss the target")
							: t("能否实现目标尚无法判断", "cannot yet be judged against the target");
			p(t(r.year() + "年实际值 " + ReportFormat.figure(e.actual()) + " " + unit + "，基期值 "
					+ ReportFormat.figure(e.baselineValue()) + "，目标值 " + ReportFormat.figure(e.targetValue()) + "（"
					+ targetYear + "年），完成度 " + ReportFormat.percent(e.completion()) + "，时间进度 "
					+ ReportFormat.percent(e.timeProgress()) + "，绩效比 R = " + ReportFormat.ratio(e.performanceRatio())
					+ "。基期以来年均增长 " + ReportFormat.percent(e.observedCagr()) + "，实现目标尚需年均增长 "
					+ ReportFormat.percent(e.requiredCagr()) + "；按当前趋势" + targetYear + "年预计为 "
					+ ReportFormat.figure(e.projection()) + "，" + meets + "。",
					"In " + r.year() + " the figure is " + ReportFormat.figure(e.actual()) + " " + unit
							+ " against a baseline of " + ReportFormat.figure(e.baselineValue()) + " and a target of "
							+ ReportFormat.figure(e.targetValue()) + " (" + targetYear + "): completion "
							+ ReportFormat.percent(e.completion()) + ", time elapsed "
							+ ReportFormat.percent(e.timeProgress()) + ", performance ratio R = "
							+ ReportFormat.ratio(e.performanceRatio()) + ". It grew "
							+ ReportFormat.percent(e.observedCagr()) + " a year since the baseline and needs "
							+ ReportFormat.percent(e.requiredCagr()) + " a year from now on; on the present trend it "
							+ "would reach " + ReportFormat.figure(e.projection()) + " in " + targetYear + ", so it "
							+ meets + "."));
			working(e);
		}
	}

	private void working(IndicatorEvaluation e) {
		for (Step step : e.working()) {
			String label = this.en ? step.en() : step.zh();
			String formula = Objects.toString(step.formula(), "");
			String value = (step.value() != null && !formula.contains(plain(step.value())))
					? " = " + ReportFormat.figure(step.value()) : "";
			small("· " + label + "：" + formula + value);
		}
	}

	/** A value as the working writes it: plain, without trailing zeros. */
	private static String plain(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	// 七、后半程研判
	private void projection() {
		AnnualReport r = this.report;
		h1("七、后半程研判", "7. The rest of the period");
		List<AnnualReport.IndicatorRow> projected = r.indicators()
			.stream()
			.filter((row) -> row.evaluation().projectedToMeet() != null)
			.toList();
		long meet = projected.stream().filter((row) -> row.evaluation().projectedToMeet()).count();
		p(t("按各指标历年数据的线性趋势外推至目标年，" + projected.size() + " 项可外推的指标中，" + meet + " 项预计能够实现目标，" + (projected.size() - meet)
				+ " 项预计难以实现，需在规划后半程加快推进。",
				"Extrapolating each indicator's figures on their linear trend to the target year, " + meet + " of the "
						+ projected.size() + " indicators that can be projected would meet their targets and "
						+ (projected.size() - meet)
						+ " would miss them and need to go faster for the rest of the period."));
		if (projected.isEmpty()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (AnnualReport.IndicatorRow row : projected) {
			IndicatorEvaluation e = row.evaluation();
			rows.add(List.of(in(row.indicator().name()), String.valueOf(e.target().year()),
					ReportFormat.figure(e.targetValue()), ReportFormat.figure(e.projection()),
					e.projectedToMeet() ? t("能", "yes") : t("否", "no"), ReportFormat.percent(e.observedCagr()),
					ReportFormat.percent(e.requiredCagr())));
		}
		this.blocks.add(new Table(caption("目标年趋势预测", "Projection to the target year"),
				List.of(t("指标", "Indicator"), t("目标年", "Target year"), t("目标值", "Target"), t("趋势预测值", "Projection"),
						t("预计能否实现", "Meets?"), t("基期以来年均增速", "Growth so far (yearly)"),
						t("尚需年均增速", "Growth needed (yearly)")),
				rows, List.of(6, 2, 3, 3, 2, 3, 3)));
	}

	/** The scenario table's columns, Chinese. */
	public static final List<String> SCENARIO_TABLE_ZH = List.of("指标", "目标年", "目标", "基准预测", "基准达标概率", "情景结果", "情景达标概率",
			"较基准变化");

	/** The scenario table's columns, English. */
	public static final List<String> SCENARIO_TABLE_EN = List.of("Indicator", "Target year", "Target",
			"Baseline forecast", "Baseline probability", "Scenario", "Scenario probability", "Change");

	// 八、情景推演
	private void scenarios() {
		List<AnnualReport.ScenarioSection> sections = this.report.scenarios();
		if (sections.isEmpty()) {
			return;
		}
		h1("八、情景推演", "8. What-if scenarios");
		int from = sections.get(0).run().asOfYear();
		p(t("以下情景以截至 " + from + " 年、生成报告时已发布的数据作基准预测，逐项叠加各情景的假设，推演各指标在 " + from
				+ " 年之后到期的目标年的结果；达标概率为基准预测的分布按情景变化平移后的达标概率（方法见 docs/scenarios.md）。",
				"Each scenario below starts from the baseline forecast on the figures up to " + from
						+ " published when the report was made, adds its assumptions one by one, and gives every"
						+ " indicator's outcome in each target year after " + from
						+ "; its probability is the baseline forecast's distribution moved by the scenario's change"
						+ " (see docs/scenarios.md)."));
		int number = 0;
		for (AnnualReport.ScenarioSection section : sections) {
			number++;
			var run = section.run();
			h2(t("（" + number + "）" + run.name() + "（第 " + run.version() + " 版）",
					"(" + number + ") " + run.name() + " (version " + run.version() + ")"));
			List<String> assumptions = new ArrayList<>();
			for (int i = 0; i < section.assumptions().size(); i++) {
				assumptions.add((i + 1) + ". " + in(section.assumptions().get(i)));
			}
			List<?> changed = run.changed();
			long turned = run.indicators()
				.stream()
				.flatMap((o) -> o.milestones().stream())
				.filter((m) -> Boolean.FALSE.equals(m.baselineMeets()) && Boolean.TRUE.equals(m.meets()))
				.count();
			p(t("本情景含 " + assumptions.size() + " 项假设：" + String.join("；", assumptions) + "。与基准预测相比，" + changed.size()
					+ " 项指标的结果发生变化，其中 " + turned + " 个目标由预计未达标变为预计达标。",
					"This scenario has " + assumptions.size() + " assumptions: " + String.join("; ", assumptions)
							+ ". Against the baseline forecast it changes " + changed.size() + " indicators, and turns "
							+ turned + " targets from expected missed to expected met."));
			for (var note : run.notes()) {
				small(t("假设 " + note.assumption() + " 未能应用：" + note.zh(),
						"Assumption " + note.assumption() + " not applied: " + note.en()));
			}
			List<String> unassessable = run.indicators()
				.stream()
				.filter((o) -> !o.assessable() && !o.milestones().isEmpty())
				.map((o) -> in(o.name()))
				.toList();
			if (!unassessable.isEmpty()) {
				small(t("以下指标数据不足以预测，未列入下表：" + String.join("、", unassessable) + "。",
						"Too few figures to forecast, so not in the table: " + String.join("; ", unassessable) + "."));
			}
			List<List<String>> rows = new ArrayList<>();
			for (var outcome : run.indicators()) {
				if (!outcome.assessable()) {
					continue;
				}
				for (var m : outcome.milestones()) {
					rows.add(List.of(in(outcome.name()), String.valueOf(m.year()), m.target().describe(),
							ReportFormat.figure(m.baseline()), ReportFormat.probability(m.baselineProbability()),
							ReportFormat.figure(m.value()), ReportFormat.probability(m.probability()),
							(m.change() != null && m.change() > 0 ? "+" : "") + ReportFormat.figure(m.change())));
				}
			}
			if (rows.isEmpty()) {
				p(t("没有可预测的指标在 " + from + " 年之后仍有目标，无可推演的结果。",
						"No forecastable indicator has a target after " + from + ": nothing to run."));
				continue;
			}
			this.blocks.add(new Table(
					caption("情景“" + run.name() + "”与基准预测",
							"Scenario \"" + run.name() + "\" beside the baseline forecast"),
					this.en ? SCENARIO_TABLE_EN : SCENARIO_TABLE_ZH, rows, List.of(6, 2, 3, 3, 3, 3, 3, 3)));
		}
	}

	// 附录
	private void appendix() {
		AnnualReport r = this.report;
		h1("附录", "Appendix");
		h2(t("附录一 数据来源", "A. Sources"));
		List<List<String>> rows = new ArrayList<>();
		for (AnnualReport.IndicatorRow row : r.indicators()) {
			rows.add(List.of(in(row.indicator().name()), in(row.source()), in(row.indicator().reportingUnit())));
		}
		this.blocks.add(new Table(t("附表1 指标数据来源", "Table A1. Where each figure comes from"),
				List.of(t("指标", "Indicator"), t("数据来源", "Source"), t("填报单位", "Reported by")), rows, List.of(5, 5, 4)));
		h2(t("附录二 进展评价口径", "B. How progress is rated"));
		p(t("进展评价采用国家发展改革委规划中期评估的表述，由平台的评估状态对应而来：达标为“提前实现”；序时推进且绩效比 R ≥ " + ReportFormat.ratio(NdrcRating.FASTER_RATIO)
				+ " 为“快于预期”，否则为“基本符合预期”；滞后、严重滞后均为“滞后”。时间进度 τ =（评估年 − 基期年）/（目标年 − 基期年），绩效比 R = C / τ。",
				"Progress is worded as the NDRC's plan evaluations word it, from the platform's statuses: achieved is "
						+ "\"achieved ahead of time\"; on track with a performance ratio R ≥ "
						+ ReportFormat.ratio(NdrcRating.FASTER_RATIO)
						+ " is \"faster than expected\", otherwise \"broadly as expected\"; lagging and off track are \"lagging\". "
						+ "Time elapsed τ = (year − base year) / (target year − base year); R = C / τ."));
		h2(t("附录三 各指标计算过程", "C. The working of every status"));
		for (AnnualReport.IndicatorRow row : r.indicators()) {
			p(in(row.indicator().name()) + t("：", ": ") + in(row.evaluation().status().label()) + " / "
					+ in(row.rating().label()));
			working(row.evaluation());
		}
		h2(t("附录四 报告信息", "D. This report"));
		List<List<String>> info = new ArrayList<>();
		info.add(List.of(t("规划", "Plan"), in(r.planName())));
		info.add(List.of(t("规划版本", "Plan version"), t("第 " + r.planVersion() + " 版", "version " + r.planVersion())));
		info.add(List.of(t("评估范围", "Scope"), in(r.zoneName())));
		info.add(List.of(t("评估年度", "Year"), String.valueOf(r.year())));
		info.add(List.of(t("数据截至", "Figures as of"), t(r.asOf() + " 日终已发布数据", "published by the end of " + r.asOf())));
		info.add(List.of(t("所用数据 SHA-256", "SHA-256 of the figures used"), r.figuresSha256()));
		info.add(List.of(t("演示数据", "Demo data"), r.demo() ? t("是（DEMO）", "yes (DEMO)") : t("否", "no")));
		if (!r.scenarios().isEmpty()) {
			info.add(List.of(t("纳入的情景", "Scenarios included"), String.join(t("；", "; "), r.scenarios()
				.stream()
				.map((s) -> t(s.run().name() + "（编号 " + s.run().scenarioId() + "，第 " + s.run().version() + " 版）",
						s.run().name() + " (no. " + s.run().scenarioId() + ", version " + s.run().version() + ")"))
				.toList())));
		}
		info.add(List.of(t("字体", "Font"), ReportFont.NAME));
		this.blocks.add(new Table(t("附表2 报告输入", "Table A2. The report's inputs"),
				List.of(t("项目", "Item"), t("内容", "Value")), info, List.of(3, 8)));
	}

	/** Told as each chart is drawn. */
	@FunctionalInterface
	public interface ChartProgress {

		ChartProgress NONE = (done, total) -> {
		};

		void chart(int done, int total);

	}

}
