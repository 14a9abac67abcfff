package org.corridor.observatory.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridor.observatory.compositeindex.IndexDefinitionReader;
import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.PackProblem;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanPackLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks a plan pack folder, its composite indices ({@code indices.yaml}) included, and
 * prints every problem, or what the pack holds.
 */
@Command(name = "validate", description = "校验规划包 / validate a plan pack folder")
class ValidateCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<pack>", description = "规划包目录 / the pack folder")
	Path pack;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (!Files.isDirectory(this.pack)) {
			this.spec.commandLine().getErr().println("不是目录 / not a folder: " + this.pack);
			return 2;
		}
		List<PackProblem> problems = PlanPackLoader.validate(PackFiles.folder(this.pack));
		if (!problems.isEmpty()) {
			this.spec.commandLine().getErr().println("规划包无效 / invalid plan pack: " + problems.size() + " problems");
			problems.forEach((problem) -> this.spec.commandLine().getErr().println("  " + problem));
			return 1;
		}
		Plan plan = PlanPackLoader.load(PackFiles.folder(this.pack));
		IndexDefinitionReader.Read indices = IndexDefinitionReader.read(PackFiles.folder(this.pack), plan);
		if (!indices.problems().isEmpty()) {
			this.spec.commandLine()
				.getErr()
				.println("规划包无效 / invalid plan pack: " + indices.problems().size() + " problems");
			indices.problems().forEach((problem) -> this.spec.commandLine().getErr().println("  " + problem));
			return 1;
		}
		this.spec.commandLine()
			.getOut()
			.printf("规划包有效 / valid plan pack: %s %s — %d goals, %d indicators, %d zones, %d composite indices%n",
					plan.id(), plan.header().version(), plan.listGoals().size(), plan.listIndicators().size(),
					plan.listZones().size(), indices.definitions().size());
		return 0;
	}

}
