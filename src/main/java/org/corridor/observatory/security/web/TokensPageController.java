package org.corridor.observatory.security.web;

import java.security.Principal;

import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in person's personal API tokens: create one (shown once), see when each was
 * last used, revoke one.
 */
@PageController
class TokensPageController {

	private final ApiTokens tokens;

	TokensPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String tokens(Principal principal, Model model) {
		model.addAttribute("tokens", this.tokens.listTokens(principal.getName()));
		return "tokens";
	}

	@PostMapping("/account/tokens")
	String create(Principal principal, @RequestParam String name, Model model) {
		try {
			model.addAttribute("created", this.tokens.create(principal.getName(), name));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return tokens(principal, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(Principal principal, @PathVariable long id) {
		this.tokens.revoke(principal.getName(), id);
		return "redirect:/account/tokens";
	}

}
