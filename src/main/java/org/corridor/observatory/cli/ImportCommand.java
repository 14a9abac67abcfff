package org.corridor.observatory.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.ObservationImportService;
import org.corridor.observatory.monitor.UnacknowledgedWarningsException;
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
 * Imports a CSV or XLSX file of figures: all rows or none, with every problem listed; a
 * file that brings warnings is stored once each is acknowledged ({@code --acknowledge}).
 */
@Command(name = "import", description = "导入填报数据(CSV/XLSX)/ import figures from a CSV or XLSX file")
class ImportCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<file>", description = "CSV(UTF-8 或 GBK)或 XLSX 文件 / the file")
	Path file;

	@Option(names = "--acknowledge", paramLabel = "KEY=COMMENT",
			description = "说明一条警告(键见警告列表),每条警告一次 / acknowledge a warning (its key as listed) with a comment; once per warning")
	Map<String, String> acknowledgements = new LinkedHashMap<>();

	@Mixin
	PlanAndToken target = new PlanAndToken();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		if (!Files.isRegularFile(this.file)) {
			err.println("找不到文件 / no such file: " + this.file);
			return 2;
		}
		byte[] content = Files.readAllBytes(this.file);
		out.printf("[1/3] 读取 / reading %s (%,d bytes)%n", this.file.getFileName(), content.length);
		out.flush();
		if (this.target.remote()) {
			try {
				PlatformApi api = this.target.api();
				String plan = api.plan(this.target.planId);
				out.println("[2/3] 平台校验全部行 / the platform validates every row against plan " + plan);
				out.flush();
				List<String> given = new ArrayList<>();
				this.acknowledgements.forEach((key, comment) -> given.add(key + "=" + comment));
				JsonNode batch = api.postFile("/api/v1/plans/" + plan + "/observations", this.file,
						Map.of("acknowledgement", given));
				out.printf(
						"[3/3] 已存为待发布批次 / stored as batch %d, waiting for publication: %d figures (%s%s);"
								+ " publish with: publish %d%n",
						batch.path("id").asLong(), batch.path("rowCount").asInt(), batch.path("format").asText(),
						batch.hasNonNull("encoding") ? ", " + batch.path("encoding").asText() : "",
						batch.path("id").asLong());
				return 0;
			}
			catch (ImportRejectedException ex) {
				return Rejections.print(err, ex);
			}
			catch (UnacknowledgedWarningsException ex) {
				return Rejections.print(err, ex);
			}
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
			if (!this.target.signIn(context, err, Role.ADMIN)) {
				return 3;
			}
			String plan = this.target.plan(context);
			out.println("[2/3] 校验全部行 / validating every row against plan " + plan);
			out.flush();
			ImportBatch batch = context.getBean(ObservationImportService.class)
				.importFile(plan, this.file.getFileName().toString(), content, this.acknowledgements);
			out.printf(
					"[3/3] 已存为待发布批次 / stored as batch %d, waiting for publication: %d figures (%s%s);"
							+ " publish with: publish %d%n",
					batch.id(), batch.rowCount(), batch.format(),
					(batch.encoding() != null) ? ", " + batch.encoding() : "", batch.id());
			return 0;
		}
		catch (ImportRejectedException ex) {
			return Rejections.print(err, ex);
		}
		catch (UnacknowledgedWarningsException ex) {
			return Rejections.print(err, ex);
		}
	}

}
