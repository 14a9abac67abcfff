package org.corridor.observatory.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.corridor.observatory.security.Account;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.security.SignedInUser;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a command in with a personal API token (the {@code --token} option or the
 * {@code OBSERVATORY_TOKEN} environment variable), so that it acts, and is audited, as
 * the token's account, with that account's role.
 */
final class CliSignIn {

	static final String ENVIRONMENT = "OBSERVATORY_TOKEN";

	private CliSignIn() {
	}

	/**
	 * Signs in; false, after saying why on {@code err}, when the token is missing,
	 * unknown or of a role not among {@code allowed}.
	 */
	static boolean signIn(ApplicationContext context, String token, PrintWriter err, Role... allowed) {
		String given = (token != null) ? token : System.getenv(ENVIRONMENT);
		if (given == null || given.isBlank()) {
			err.println("需要个人访问令牌：--token 或环境变量 " + ENVIRONMENT + "（在“个人访问令牌”页创建）/ a personal API token is"
					+ " needed: --token or " + ENVIRONMENT + " (create one on the tokens page)");
			return false;
		}
		Optional<Account> account = context.getBean(ApiTokens.class).authenticate(given.strip());
		if (account.isEmpty()) {
			err.println("令牌无效或已撤销 / the token is unknown or revoked");
			return false;
		}
		if (!Arrays.asList(allowed).contains(account.get().role())) {
			err.println("账号 " + account.get().username() + "（" + account.get().role().zh() + "）无权执行此命令 / account "
					+ account.get().username() + " (" + account.get().role().en() + ") may not run this command");
			return false;
		}
		SignedInUser user = SignedInUser.of(account.get(), Instant.now());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return true;
	}

}
