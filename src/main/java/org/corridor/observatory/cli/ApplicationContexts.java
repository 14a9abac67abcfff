package org.corridor.observatory.cli;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without its web server, for commands that need the database,
 * with the Spring properties given on the command line
 * ({@code --spring.datasource.url=…}). When the platform already holds the database file,
 * it says so in one line.
 */
final class ApplicationContexts {

	/** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
	private static final int H2_DATABASE_IN_USE = 90020;

	static final String IN_USE = "平台正在使用此数据库：请先停止平台，或改用 --server URL --token TOKEN 通过平台执行 / the platform is"
			+ " running on this database: stop it, or use --server URL --token TOKEN";

	private static Class<?> application;

	private static List<String> properties = List.of();

	private ApplicationContexts() {
	}

	static void use(Class<?> applicationClass, List<String> springProperties) {
		application = applicationClass;
		properties = List.copyOf(springProperties);
	}

	static ConfigurableApplicationContext start() {
		try {
			return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
						// the command says in one line why it could not start
						"logging.level.org.springframework.boot.SpringApplication=OFF",
						"logging.level.org.springframework.boot.diagnostics=OFF", "logging.level.com.zaxxer.hikari=OFF",
						"logging.level.org.springframework.context=ERROR",
						// a command may run beside the platform on PostgreSQL: the
						// platform's running import jobs are not the command's to
						// call interrupted
						"observatory.imports.interrupt-on-start=false")
				.run(properties.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw failure(ex);
		}
	}

	/** The start-up failure as one line, or as itself when it is the command's own. */
	static RuntimeException failure(RuntimeException ex) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		for (Throwable cause : chain) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
				return new CliFailure(4, IN_USE);
			}
		}
		Throwable root = chain.get(chain.size() - 1);
		return new CliFailure(1, "无法启动 / could not start: " + root.getMessage());
	}

}
