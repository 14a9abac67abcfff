package org.corridor.observatory.security.web;

import java.util.List;

import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.web.PageController;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The log-in page; in demo mode it lists the DEMO accounts and their password, marked
 * DEMO. With single sign-on it links to the identity provider and says why a sign-in
 * through it was refused.
 */
@PageController
class LoginPageController {

	private final AccountStore accounts;

	private final String demoPassword;

	private final ObjectProvider<SsoLogin> singleSignOn;

	LoginPageController(AccountStore accounts, @Value("${observatory.demo.password:}") String demoPassword,
			ObjectProvider<SsoLogin> singleSignOn) {
		this.accounts = accounts;
		this.demoPassword = demoPassword;
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = SsoLogin.REFUSED, required = false) String refused, Model model) {
		SsoLogin sso = this.singleSignOn.getIfAvailable();
		model.addAttribute("ssoLinks", (sso != null) ? sso.links() : List.of());
		model.addAttribute("ssoRefusal", (sso != null && refused != null) ? sso.refusal(refused).orElse(null) : null);
		var demo = this.accounts.listAccounts().stream().filter((account) -> account.demo()).toList();
		model.addAttribute("demoAccounts", demo);
		model.addAttribute("demoPassword", demo.isEmpty() ? null : this.demoPassword);
		return "login";
	}

}
