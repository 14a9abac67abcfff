package org.corridor.observatory.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.DemoNotice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** Evaluates every indicator in a year and prints it as a table, CSV or JSON. */
@Command(name = "evaluate", description = "评估规划指标 / evaluate the plan's indicators in a year")
class EvaluateCommand implements Callable<Integer> {

	enum Format {

		TABLE, CSV, JSON

	}

	@Option(names = "--year", description = "评估年度 / the year (default: latest with figures)")
	Integer year;

	@Option(names = "--zone", description = "空间单元代码 / zone code (default: the whole corridor)")
	String zone;

	@Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
			description = "table | csv | json")
	Format format;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
			Plan plan = context.getBean(PlanCatalog.class).current();
			PlanEvaluation evaluation = context.getBean(EvaluationService.class)
				.evaluatePlan(plan.id(), this.year, this.zone);
			switch (this.format) {
				case JSON -> out.println(context.getBean(ObjectMapper.class)
					.copy()
					.enable(SerializationFeature.INDENT_OUTPUT)
					.writeValueAsString(new Labelled(evaluation.demo(), evaluation)));
				case CSV -> out.print(Tables.csv(rows(plan, evaluation)));
				case TABLE -> {
					out.printf("%s — %d — %s%n", plan.header().name().zh(), evaluation.year(), evaluation.zoneCode());
					if (evaluation.demo()) {
						out.println(DemoNotice.TEXT);
					}
					out.print(Tables.text(rows(plan, evaluation)));
				}
			}
			return 0;
		}
	}

	private static List<List<String>> rows(Plan plan, PlanEvaluation evaluation) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("code", "指标/indicator", "unit", "baseline", "target", "actual", "C", "tau", "R", "projection",
				"status", "demo"));
		for (IndicatorEvaluation e : evaluation.indicators()) {
			rows.add(List.of(e.indicatorCode(), plan.getIndicator(e.indicatorCode()).name().zh(),
					plan.getIndicator(e.indicatorCode()).unit().zh(), Tables.number(e.baselineValue()),
					(e.target() != null) ? e.target().describe() : "", Tables.number(e.actual()),
					Tables.number(e.completion()), Tables.number(e.timeProgress()), Tables.number(e.performanceRatio()),
					Tables.number(e.projection()), e.status().name().toLowerCase(Locale.ROOT), e.demo() ? "DEMO" : ""));
		}
		return rows;
	}

	record Labelled(boolean demo, PlanEvaluation evaluation) {
	}

	static class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {

		@Override
		public Format convert(String value) {
			return Format.valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

}
