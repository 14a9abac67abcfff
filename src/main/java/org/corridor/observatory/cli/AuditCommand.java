package org.corridor.observatory.cli;

import java.util.concurrent.Callable;

import org.corridor.observatory.audit.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** The audit trail on the command line: {@code audit verify}. */
@Command(name = "audit", description = "审计记录 / the audit trail", subcommands = AuditCommand.Verify.class)
class AuditCommand {

	@Command(name = "verify", description = "校验审计记录链 / verify the audit chain")
	static class Verify implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
				AuditLog.Verification result = context.getBean(AuditLog.class).verify();
				if (result.intact()) {
					this.spec.commandLine()
						.getOut()
						.printf("审计记录链完整 / the audit chain is intact: %d entries%n", result.checked());
					return 0;
				}
				this.spec.commandLine()
					.getErr()
					.printf("审计记录链在第 %d 条处断开 / the audit chain breaks at entry %d: %s%n", result.firstBroken(),
							result.firstBroken(), result.reason());
				return 1;
			}
		}

	}

}
