package org.corridor.observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.ImportResult;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports an enterprise file into the registry, all rows or none, showing a progress bar
 * on standard output: a large file takes long enough that silence looks like a hang.
 */
@Command(name = "import-enterprises", description = "导入企业名录(CSV/XLSX)/ import an enterprise file")
class ImportEnterprisesCommand implements Callable<Integer> {

	private static final int BAR = 20;

	@Parameters(paramLabel = "<file>", description = "CSV(UTF-8 或 GBK)或 XLSX 文件 / the file")
	Path file;

	@Option(names = "--crs", defaultValue = "wgs84",
			description = "未注明坐标系的行所用坐标系 / coordinate system of rows naming none: wgs84, cgcs2000, gcj02, bd09")
	String crs;

	@Mixin
	PlanAndToken target = new PlanAndToken();

	@Spec
	CommandSpec spec;

	private String lastLine;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		if (!Files.isRegularFile(this.file)) {
			err.println("找不到文件 / no such file: " + this.file);
			return 2;
		}
		Crs fileCrs = Crs.parse(this.crs);
		long started = System.nanoTime();
		if (this.target.remote()) {
			try {
				PlatformApi api = this.target.api();
				String plan = api.plan(this.target.planId);
				out.println("平台导入中 / the platform imports the file into plan " + plan);
				out.flush();
				JsonNode result = api.postFile("/api/v1/plans/" + plan + "/enterprises", this.file,
						Map.of("crs", this.crs));
				out.printf("已导入 / imported %,d rows, %,d firms in %.1f s: %,d new, %,d updated%n",
						result.path("rows").asLong(), result.path("firms").asLong(),
						(System.nanoTime() - started) / 1e9, result.path("inserted").asLong(),
						result.path("updated").asLong());
				return 0;
			}
			catch (ImportRejectedException ex) {
				return Rejections.print(out, ex);
			}
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
			if (!this.target.signIn(context, err, Role.ADMIN, Role.REGISTRAR)) {
				return 3;
			}
			String plan = this.target.plan(context);
			ImportResult result = context.getBean(EnterpriseImportService.class)
				.importFile(plan, this.file.getFileName().toString(), this.file, fileCrs,
						(phase, done, total) -> progress(out, phase, done, total));
			double seconds = (System.nanoTime() - started) / 1e9;
			out.printf(
					"已导入 / imported %,d rows, %,d firms in %.1f s: %,d new, %,d updated, %,d yearly figures"
							+ " (%,d revisions kept), %,d tiers, %,d located%n",
					result.rows(), result.firms(), seconds, result.inserted(), result.updated(), result.years(),
					result.revisions(), result.tiers(), result.located());
			return 0;
		}
		catch (ImportRejectedException ex) {
			return Rejections.print(out, ex);
		}
	}

	/** Prints a bar when the phase or its tenth changes, not on every report. */
	private void progress(PrintWriter out, String phase, long done, long total) {
		int percent = (total > 0) ? (int) Math.min(100, done * 100 / total) : 0;
		int filled = percent * BAR / 100;
		String counts = (total > 0) ? String.format("%,d/%,d", done, total) : "…";
		String key = phase + (percent / 10);
		if (key.equals(this.lastLine) && percent < 100) {
			return;
		}
		this.lastLine = key;
		out.printf("[%s%s] %3d%% %s %s%n", "#".repeat(filled), ".".repeat(BAR - filled), percent, phase, counts);
		out.flush();
	}

}
