package org.corridor.observatory.geo.web;

import java.io.IOException;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.boundary.BoundaryImportService;
import org.corridor.observatory.geo.boundary.BoundaryRejectedException;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The official-boundary form of the import page: the file, its coordinate system and its
 * source; the page shows the report, or every problem when the file is refused.
 */
@PageController
class BoundaryPageController {

	private final PlanCatalog catalog;

	private final BoundaryImportService boundaries;

	BoundaryPageController(PlanCatalog catalog, BoundaryImportService boundaries) {
		this.catalog = catalog;
		this.boundaries = boundaries;
	}

	@PostMapping("/import/boundaries")
	String importBoundaries(@RequestParam("file") MultipartFile file, @RequestParam String crs,
			@RequestParam String source, Model model) throws IOException {
		try {
			model.addAttribute("boundaryReport", this.boundaries.importBoundaries(this.catalog.current().id(),
					file.getOriginalFilename(), file.getBytes(), Crs.parse(crs), source));
		}
		catch (BoundaryRejectedException ex) {
			model.addAttribute("boundaryProblems", ex.problems());
		}
		return "import";
	}

}
