package org.corridor.observatory.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without its web server, for commands that need the database. */
final class ApplicationContexts {

	private static Class<?> application;

	private ApplicationContexts() {
	}

	static void use(Class<?> applicationClass) {
		application = applicationClass;
	}

	static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
					// a command may run beside the platform on PostgreSQL: the platform's
					// running import jobs are not the command's to call interrupted
					"observatory.imports.interrupt-on-start=false")
			.run(args);
	}

}
