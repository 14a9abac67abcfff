package org.corridor.observatory.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the same jar: {@code validate <pack>}, {@code import <file>},
 * {@code evaluate --year Y}. Commands that need figures start the application without its
 * web server, on the same database as the platform.
 */
@Command(name = "observatory", mixinStandardHelpOptions = true, version = "Corridor Observatory 0.1",
		description = "城西科创大走廊规划观测台命令行 / Corridor Observatory command line",
		subcommands = { ValidateCommand.class, ImportCommand.class, ImportEnterprisesCommand.class,
				EvaluateCommand.class, UserCommand.class, AuditCommand.class, PublishCommand.class })
public final class ObservatoryCli {

	private static final Set<String> COMMANDS = Set.of("validate", "import", "import-enterprises", "evaluate", "user",
			"audit", "publish", "--help", "-h", "--version", "-V");

	/** Whether the arguments ask for a command rather than the web platform. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(Class<?> application, String[] args, PrintWriter out, PrintWriter err) {
		ApplicationContexts.use(application);
		CommandLine commandLine = new CommandLine(new ObservatoryCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		return commandLine.execute(args);
	}

}
