package org.corridor.observatory.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridor.observatory.security.Account;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Accounts on the command line: {@code user add}, {@code user list}, {@code user change}.
 * The first administrator is created here, with no token, while the platform has none;
 * afterwards every change needs an administrator's token.
 */
@Command(name = "user", description = "管理账号 / manage accounts",
		subcommands = { UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Change.class })
class UserCommand {

	@Command(name = "add", description = "新建账号 / create an account")
	static class Add implements Callable<Integer> {

		@Parameters(paramLabel = "<username>", description = "用户名 / the user name")
		String username;

		@Option(names = "--role", required = true,
				description = "admin | approver | reviewer | reporter | registrar | analyst")
		String role;

		@Option(names = "--name", description = "显示名称 / the name shown (default: the user name)")
		String displayName;

		@Option(names = "--zones", split = ",", description = "空间单元代码，逗号分隔（审核、填报账号）/ zone codes, comma separated")
		List<String> zones = List.of();

		@Option(names = "--email", description = "接收通知的电子邮件地址 / the e-mail address notifications go to")
		String email;

		@Option(names = "--password-stdin", description = "从标准输入读取密码 / read the password from standard input")
		boolean passwordFromStdin;

		@Option(names = "--token-name", description = "同时创建个人访问令牌并显示 / also create a personal API token, shown once")
		String tokenName;

		@Option(names = "--token", description = "管理员的个人访问令牌（已有管理员时）/ an administrator's token, once there is one")
		String token;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			Role wanted;
			String address;
			try {
				wanted = Role.parse(this.role);
				address = AccountStore.checkEmail(this.email);
			}
			catch (IllegalArgumentException ex) {
				err.println(ex.getMessage());
				return 2;
			}
			String password = password(err);
			if (password == null) {
				return 2;
			}
			try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
				AccountStore accounts = context.getBean(AccountStore.class);
				boolean first = !accounts.hasAdministrator();
				if (first && wanted != Role.ADMIN) {
					err.println("平台还没有管理员：请先建立管理员账号（--role admin）/ the platform has no administrator yet: create"
							+ " one first (--role admin)");
					return 2;
				}
				if (!first && !CliSignIn.signIn(context, this.token, err, Role.ADMIN)) {
					return 3;
				}
				Account account = accounts.create(this.username,
						(this.displayName != null) ? this.displayName : this.username, password, wanted, this.zones,
						false);
				if (address != null) {
					account = accounts.setEmail(account.username(), address);
				}
				out.printf("已建立账号 / created account %s (%s / %s)%s%n", account.username(), account.role().zh(),
						account.role().en(), account.zones().isEmpty() ? "" : " " + account.zones());
				if (this.tokenName != null) {
					out.println("个人访问令牌（只显示一次）/ personal API token (shown once): "
							+ context.getBean(ApiTokens.class).create(account.username(), this.tokenName));
				}
				return 0;
			}
			catch (IllegalArgumentException ex) {
				err.println(ex.getMessage());
				return 1;
			}
		}

		private String password(PrintWriter err) throws IOException {
			if (this.passwordFromStdin) {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				return (line != null) ? line.strip() : null;
			}
			Console console = System.console();
			if (console == null) {
				err.println("请用 --password-stdin 提供密码 / give the password with --password-stdin");
				return null;
			}
			char[] first = console.readPassword("密码 / password: ");
			char[] again = console.readPassword("再输一次 / again: ");
			if (first == null || !Arrays.equals(first, again)) {
				err.println("两次输入的密码不同 / the two passwords differ");
				return null;
			}
			return new String(first);
		}

	}

	@Command(name = "list", description = "列出账号 / list the accounts")
	static class ListUsers implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
				for (Account account : context.getBean(AccountStore.class).listAccounts()) {
					out.printf("%-28s %-10s %-8s %s%s%s%n", account.username(), account.role().code(),
							account.enabled() ? "enabled" : "disabled", String.join(",", account.zones()),
							(account.email() != null) ? " <" + account.email() + ">" : "",
							account.demo() ? " DEMO" : "");
				}
				return 0;
			}
		}

	}

	@Command(name = "change",
			description = "修改账号的角色、空间单元、名称或启用状态 / change an account's role, zones, name or" + " whether it may sign in")
	static class Change implements Callable<Integer> {

		@Parameters(paramLabel = "<username>")
		String username;

		@Option(names = "--role", description = "admin | approver | reviewer | reporter | registrar | analyst")
		String role;

		@Option(names = "--zones", split = ",", description = "空间单元代码，逗号分隔 / zone codes, comma separated")
		List<String> zones;

		@Option(names = "--name", description = "显示名称 / the name shown")
		String displayName;

		@Option(names = "--enabled", arity = "1", description = "true | false：是否可以登录 / whether it may sign in")
		Boolean enabled;

		@Option(names = "--token", description = "管理员的个人访问令牌 / an administrator's token")
		String token;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter err = this.spec.commandLine().getErr();
			try (ConfigurableApplicationContext context = ApplicationContexts.start()) {
				if (!CliSignIn.signIn(context, this.token, err, Role.ADMIN)) {
					return 3;
				}
				AccountStore accounts = context.getBean(AccountStore.class);
				Account account = accounts.getAccount(this.username);
				Role newRole = (this.role != null) ? Role.parse(this.role) : account.role();
				List<String> newZones = (this.zones != null) ? this.zones
						: (newRole.isScoped() ? account.zones() : List.of());
				Account changed = accounts.change(account.username(),
						(this.displayName != null) ? this.displayName : account.displayName(), newRole, newZones,
						(this.enabled != null) ? this.enabled : account.enabled());
				this.spec.commandLine()
					.getOut()
					.printf("已修改 / changed %s: %s %s %s%n", changed.username(), changed.role().code(),
							String.join(",", changed.zones()), changed.enabled() ? "enabled" : "disabled");
				return 0;
			}
			catch (IllegalArgumentException ex) {
				err.println(ex.getMessage());
				return 1;
			}
		}

	}

}
