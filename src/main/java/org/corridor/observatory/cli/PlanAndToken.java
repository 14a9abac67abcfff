package org.corridor.observatory.cli;

import java.io.PrintWriter;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.Role;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * The options of every command on a plan's data: which plan, the personal API token it
 * signs in with, and, while the platform runs (and holds the database), the platform to
 * ask instead.
 */
class PlanAndToken {

	@Option(names = "--plan", description = "规划包标识 / plan id (default: the loaded plan)")
	String planId;

	@Option(names = "--token",
			description = "个人访问令牌（或环境变量 OBSERVATORY_TOKEN）/ a personal API token (or OBSERVATORY_TOKEN)")
	String token;

	@Option(names = "--server", paramLabel = "URL",
			description = "经运行中的平台执行（如 http://localhost:8080）/ run through the running platform's API")
	String server;

	/** Whether the command goes through the running platform's API. */
	boolean remote() {
		return this.server != null && !this.server.isBlank();
	}

	/** The running platform's API, signed in with the token. */
	PlatformApi api() {
		return new PlatformApi(this.server, this.token);
	}

	/**
	 * Signs in with the token; false, after saying why, unless its role is among
	 * {@code allowed}.
	 */
	boolean signIn(ApplicationContext context, PrintWriter err, Role... allowed) {
		return CliSignIn.signIn(context, this.token, err, allowed);
	}

	/** The plan asked for, or the loaded one. */
	String plan(ApplicationContext context) {
		return (this.planId != null) ? this.planId : context.getBean(PlanCatalog.class).current().id();
	}

}
