package org.corridor.observatory.plan.web;

import java.util.Arrays;

import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The plan's whole structure, browsable, with the sentence each item comes from. */
@PageController
class StructurePageController {

	@GetMapping("/structure")
	String structure(Model model) {
		model.addAttribute("kinds", Arrays.asList(ItemKind.values()));
		return "structure";
	}

}
