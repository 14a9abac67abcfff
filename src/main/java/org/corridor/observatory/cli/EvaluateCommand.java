package org.corridor.observatory.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.corridor.observatory.monitor.EvaluationService;
import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.corridor.observatory.monitor.PlanEvaluation;
import org.corridor.observatory.plan.Indicator;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.DemoNotice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Evaluates every indicator in a year and prints it as a table, CSV or JSON: from the
 * database, or from the running platform's evaluation API with {@code --server}.
 */
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

	@Mixin
	PlanAndToken target = new PlanAndToken();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (this.target.remote()) {
			PlatformApi api = this.target.api();
			String plan = api.plan(this.target.planId);
			Map<String, Object> query = new LinkedHashMap<>();
			query.put("year", this.year);
			query.put("zone", this.zone);
			JsonNode labelled = api.get("/api/v1/plans/" + plan + "/evaluations", query);
			PlanEvaluation evaluation = PlatformApi.JSON.treeToValue(labelled.path("data"), PlanEvaluation.class);
			Map<String, Naming> names = new HashMap<>();
			api.get("/api/v1/plans/" + plan + "/indicators", Map.of())
				.forEach((i) -> names.put(i.path("code").asText(),
						new Naming(i.path("name").path("zh").asText(), i.path("unit").path("zh").asText())));
			print(api.get("/api/v1/plans/" + plan, Map.of()).path("plan").path("name").path("zh").asText(), names,
					evaluation, PlatformApi.JSON);
			return 0;
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
			Plan plan = (this.target.planId != null) ? context.getBean(PlanCatalog.class).getPlan(this.target.planId)
					: context.getBean(PlanCatalog.class).current();
			PlanEvaluation evaluation = context.getBean(EvaluationService.class)
				.evaluatePlan(plan.id(), this.year, this.zone);
			Map<String, Naming> names = new HashMap<>();
			for (Indicator indicator : plan.listIndicators()) {
				names.put(indicator.code().value(), new Naming(indicator.name().zh(), indicator.unit().zh()));
			}
			print(plan.header().name().zh(), names, evaluation, context.getBean(ObjectMapper.class));
			return 0;
		}
	}

	private void print(String planName, Map<String, Naming> names, PlanEvaluation evaluation, ObjectMapper json)
			throws Exception {
		PrintWriter out = this.spec.commandLine().getOut();
		switch (this.format) {
			case JSON -> out.println(json.copy()
				.enable(SerializationFeature.INDENT_OUTPUT)
				.writeValueAsString(new Labelled(evaluation.demo(), evaluation)));
			case CSV -> out.print(Tables.csv(rows(names, evaluation)));
			case TABLE -> {
				out.printf("%s — %d — %s%n", planName, evaluation.year(), evaluation.zoneCode());
				if (evaluation.demo()) {
					out.println(DemoNotice.TEXT);
				}
				out.print(Tables.text(rows(names, evaluation)));
			}
		}
	}

	private static List<List<String>> rows(Map<String, Naming> names, PlanEvaluation evaluation) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("code", "指标/indicator", "unit", "baseline", "target", "actual", "C", "tau", "R", "projection",
				"status", "demo"));
		for (IndicatorEvaluation e : evaluation.indicators()) {
			Naming naming = names.getOrDefault(e.indicatorCode(), new Naming(e.indicatorCode(), ""));
			rows.add(List.of(e.indicatorCode(), naming.name(), naming.unit(), Tables.number(e.baselineValue()),
					(e.target() != null) ? e.target().describe() : "", Tables.number(e.actual()),
					Tables.number(e.completion()), Tables.number(e.timeProgress()), Tables.number(e.performanceRatio()),
					Tables.number(e.projection()), e.status().name().toLowerCase(Locale.ROOT), e.demo() ? "DEMO" : ""));
		}
		return rows;
	}

	record Labelled(boolean demo, PlanEvaluation evaluation) {
	}

	/** An indicator's name and unit, in Chinese. */
	record Naming(String name, String unit) {
	}

	static class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {

		@Override
		public Format convert(String value) {
			return Format.valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

}
