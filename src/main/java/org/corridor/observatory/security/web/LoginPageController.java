package org.corridor.observatory.security.web;

import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.web.PageController;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The log-in page; in demo mode it lists the DEMO accounts and their password, marked
 * DEMO.
 */
@PageController
class LoginPageController {

	private final AccountStore accounts;

	private final String demoPassword;

	LoginPageController(AccountStore accounts, @Value("${observatory.demo.password:}") String demoPassword) {
		this.accounts = accounts;
		this.demoPassword = demoPassword;
	}

	@GetMapping("/login")
	String login(Model model) {
		var demo = this.accounts.listAccounts().stream().filter((account) -> account.demo()).toList();
		model.addAttribute("demoAccounts", demo);
		model.addAttribute("demoPassword", demo.isEmpty() ? null : this.demoPassword);
		return "login";
	}

}
