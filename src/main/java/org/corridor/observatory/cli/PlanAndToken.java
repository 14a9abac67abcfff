package org.corridor.observatory.cli;

import java.io.PrintWriter;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.Role;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * The options of every command that changes a plan's data: which plan, and the personal
 * API token it signs in with.
 */
class PlanAndToken {

	@Option(names = "--plan", description = "规划包标识 / plan id (default: the loaded plan)")
	String planId;

	@Option(names = "--token",
			description = "个人访问令牌（或环境变量 OBSERVATORY_TOKEN）/ a personal API token (or OBSERVATORY_TOKEN)")
	String token;

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
