package org.corridor.observatory.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.corridor.observatory.monitor.ImportBatch;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

	@Mixin
	PlanAndToken target = new PlanAndToken();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		if (this.target.remote()) {
			PlatformApi api = this.target.api();
			String plan = api.plan(this.target.planId);
			JsonNode published = api.post("/api/v1/plans/" + plan + "/observations/batches/" + this.batch + "/publish");
			out.printf("已发布 / published batch %d: %d new, %d updated%n", published.path("id").asLong(),
					published.path("inserted").asInt(), published.path("updated").asInt());
			return 0;
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
			if (!this.target.signIn(context, err, Role.ADMIN, Role.APPROVER)) {
				return 3;
			}
			String plan = this.target.plan(context);
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
