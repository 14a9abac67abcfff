package org.corridor.observatory.security.web;

import java.util.Arrays;
import java.util.List;

import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The accounts, for administrators: create one, change its role, zones, e-mail address
 * and whether it may sign in, set a new password. Every change is audited by the store.
 */
@PageController
class UsersPageController {

	private final AccountStore accounts;

	private final PlanCatalog catalog;

	UsersPageController(AccountStore accounts, PlanCatalog catalog) {
		this.accounts = accounts;
		this.catalog = catalog;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("accounts", this.accounts.listAccounts());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("zones", this.catalog.current().listZones());
		return "users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam String role, @RequestParam(required = false) List<String> zones,
			@RequestParam(required = false) String email, Model model) {
		try {
			String address = AccountStore.checkEmail(email);
			this.accounts.create(username.strip(), displayName.strip(), password, Role.parse(role),
					(zones != null) ? zones : List.of(), false);
			if (address != null) {
				this.accounts.setEmail(username.strip(), address);
			}
			model.addAttribute("done", username);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return users(model);
	}

	@PostMapping("/admin/users/{username}")
	String change(@PathVariable String username, @RequestParam String displayName, @RequestParam String role,
			@RequestParam(required = false) List<String> zones, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) String password, @RequestParam(required = false) String email,
			Model model) {
		try {
			String address = AccountStore.checkEmail(email);
			this.accounts.change(username, displayName.strip(), Role.parse(role), (zones != null) ? zones : List.of(),
					enabled);
			if (email != null) {
				this.accounts.setEmail(username, address);
			}
			if (password != null && !password.isEmpty()) {
				this.accounts.setPassword(username, password);
			}
			model.addAttribute("done", username);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return users(model);
	}

}
