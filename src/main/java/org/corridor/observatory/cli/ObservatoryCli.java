package org.corridor.observatory.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the same jar: {@code validate <pack>}, {@code import <file>},
 * {@code evaluate --year Y}. Commands that need figures start the application without its
 * web server, on the same database as the platform, or, given {@code --server URL}, ask
 * the running platform through its REST API. Spring properties may be given anywhere as
 * {@code --name.with.dots=value} (or {@code --name.with.dots value}), as to the platform.
 */
@Command(name = "observatory", mixinStandardHelpOptions = true, version = "Corridor Observatory 0.1",
		description = "城西科创大走廊规划观测台命令行 / Corridor Observatory command line",
		footer = { "", "Spring 配置项可直接给出 / Spring properties may be given as options, e.g.",
				"  --spring.datasource.url=jdbc:h2:file:./data/observatory --observatory.plan.location=./my-pack",
				"平台运行时 / while the platform runs: --server http://localhost:8080 --token obs_…" },
		subcommands = { ValidateCommand.class, ImportCommand.class, ImportEnterprisesCommand.class,
				EvaluateCommand.class, UserCommand.class, AuditCommand.class, PublishCommand.class })
public final class ObservatoryCli {

	private static final Set<String> COMMANDS = Set.of("validate", "import", "import-enterprises", "evaluate", "user",
			"audit", "publish", "--help", "-h", "--version", "-V");

	/** Whether the arguments ask for a command rather than the web platform. */
	public static boolean handles(String[] args) {
		List<String> command = new ArrayList<>();
		split(args, new ArrayList<>(), command);
		return !command.isEmpty() && COMMANDS.contains(command.get(0));
	}

	public static int run(Class<?> application, String[] args, PrintWriter out, PrintWriter err) {
		List<String> properties = new ArrayList<>();
		List<String> command = new ArrayList<>();
		split(args, properties, command);
		ApplicationContexts.use(application, properties);
		CommandLine commandLine = new CommandLine(new ObservatoryCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((ex, line, parsed) -> {
			if (ex instanceof CliFailure failure) {
				line.getErr().println(failure.getMessage());
				return failure.exitCode();
			}
			throw ex;
		});
		try {
			return commandLine.execute(command.toArray(String[]::new));
		}
		finally {
			// print(…) does not flush an auto-flushing writer: rows would be lost at exit
			out.flush();
			err.flush();
		}
	}

	/**
	 * Splits the arguments into Spring properties ({@code --a.b=c}, or {@code --a.b c})
	 * and the command's own; a command's options never hold a dot.
	 */
	static void split(String[] args, List<String> properties, List<String> command) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
			if (!name.contains(".")) {
				command.add(arg);
			}
			else if (arg.contains("=") || i + 1 >= args.length || args[i + 1].startsWith("--")) {
				properties.add(arg);
			}
			else {
				properties.add(arg + "=" + args[++i]);
			}
		}
	}

}
