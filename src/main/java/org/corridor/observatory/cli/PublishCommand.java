package org.corridor.observatory.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Publishes a batch of imported figures (管委会审定): an approver's or administrator's token.
 */
@Command(name = "publish", description = "发布待发布的数据批次 / publish a batch of figures waiting for publication")
class PublishCommand implements Callable<Integer> {

	@Parameters(paramLabel = "<batch>", description = "批次号（import 命令给出）/ the batch number the import printed")
	long batch;

	@Option(names = "--plan", description = "规划包标识 / plan id (default: the loaded plan)")
	String planId;

	@Option(names = "--token",
			description = "个人访问令牌（或环境变量 OBSERVATORY_TOKEN）/ a personal API token (or OBSERVATORY_TOKEN)")
	String token;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
			if (!CliSignIn.signIn(context, this.token, err, Role.ADMIN, Role.APPROVER)) {
				return 3;
			}
			String plan = (this.planId != null) ? this.planId : context.getBean(PlanCatalog.class).current().id();
			ImportBatch published = context.getBean(ObservationStore.class).publish(plan, this.batch);
			out.printf("已发布 / published batch %d: %d new, %d updated%n", published.id(), published.inserted(),
					published.updated());
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
