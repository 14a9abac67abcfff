package org.corridor.observatory.monitor.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.monitor.BatchState;
import org.corridor.observatory.monitor.ObservationStore;
import org.corridor.observatory.monitor.round.Round;
import org.corridor.observatory.monitor.round.RoundConflictException;
import org.corridor.observatory.monitor.round.RoundService;
import org.corridor.observatory.monitor.round.RoundState;
import org.corridor.observatory.monitor.round.RoundWorkbook;
import org.corridor.observatory.monitor.validation.ValidationService;
import org.corridor.observatory.notify.Notifications;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.security.Role;
import org.corridor.observatory.tabular.ImportRejectedException;
import org.corridor.observatory.web.Files;
import org.corridor.observatory.web.PageController;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporting pages: the rounds and the figures waiting for publication, a round's
 * board (zones × state, overdue in red, who did what when), a zone's form (fill in, save,
 * submit; approve or return; approve and publish; un-approve), and my tasks.
 */
@PageController
class RoundPageController {

	private final RoundService rounds;

	private final ObservationStore store;

	private final PlanCatalog catalog;

	private final Notifications notifications;

	private final ValidationService validation;

	RoundPageController(RoundService rounds, ObservationStore store, PlanCatalog catalog, Notifications notifications,
			ValidationService validation) {
		this.validation = validation;
		this.rounds = rounds;
		this.store = store;
		this.catalog = catalog;
		this.notifications = notifications;
	}

	@GetMapping("/rounds")
	String rounds(Model model) {
		Plan plan = this.catalog.current();
		model.addAttribute("rounds", this.rounds.listRounds(plan.id()));
		model.addAttribute("pending", this.store.listBatches(plan.id(), BatchState.PENDING));
		model.addAttribute("indicators", plan.listIndicators().stream().filter((i) -> i.query() == null).toList());
		model.addAttribute("zones", plan.listZones());
		return "rounds";
	}

	@PostMapping("/rounds")
	String open(@RequestParam int year, @RequestParam String title,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) List<String> indicators, @RequestParam(required = false) List<String> zones,
			Model model) {
		try {
			Round round = this.rounds.open(this.catalog.current().id(), year, title, deadline,
					(indicators != null) ? indicators : List.of(), (zones != null) ? zones : List.of());
			return "redirect:/rounds/" + round.id();
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			return rounds(model);
		}
	}

	@PostMapping("/figures/batches/{batch}/{step:publish|withdraw}")
	String batch(@PathVariable long batch, @PathVariable String step, @RequestParam(required = false) String reason) {
		String plan = this.catalog.current().id();
		if (step.equals("publish")) {
			this.store.publish(plan, batch);
		}
		else {
			this.store.withdraw(plan, batch, reason);
		}
		return "redirect:/rounds";
	}

	@GetMapping("/rounds/{round}")
	String board(@PathVariable long round, Model model) {
		model.addAttribute("round", this.rounds.getRound(round));
		model.addAttribute("progress", this.rounds.listProgress(round));
		model.addAttribute("events", this.rounds.listEvents(round));
		model.addAttribute("today", LocalDate.now());
		return "round";
	}

	@GetMapping("/rounds/{round}/zones/{zone}")
	String zone(@PathVariable long round, @PathVariable String zone, Model model) {
		Round found = this.rounds.getRound(round);
		RoundState state = this.rounds.getState(round, zone);
		Actor actor = Actor.current();
		model.addAttribute("round", found);
		model.addAttribute("zoneCode", zone);
		model.addAttribute("state", state);
		model.addAttribute("figures", this.rounds.listFigures(round, zone));
		model.addAttribute("lastYear", this.rounds.lastYear(round, zone));
		model.addAttribute("events",
				this.rounds.listEvents(round).stream().filter((e) -> e.zone().equals(zone)).toList());
		boolean admin = actor.is(Role.ADMIN);
		model.addAttribute("mayEdit",
				state.isEditable() && (admin || (actor.is(Role.REPORTER) && actor.mayWorkOn(zone))));
		model.addAttribute("mayReview",
				state == RoundState.SUBMITTED && (admin || (actor.is(Role.REVIEWER) && actor.mayWorkOn(zone))));
		model.addAttribute("mayReturn", (state == RoundState.SUBMITTED || state == RoundState.DISTRICT_APPROVED)
				&& (admin || actor.is(Role.APPROVER) || (actor.is(Role.REVIEWER) && actor.mayWorkOn(zone))));
		model.addAttribute("mayPublish", state == RoundState.DISTRICT_APPROVED && (admin || actor.is(Role.APPROVER)));
		model.addAttribute("mayUnapprove", state == RoundState.PUBLISHED && (admin || actor.is(Role.APPROVER)));
		// the rules its figures break and its outliers, where the reporter and the
		// reviewer look at them
		model.addAttribute("findings", this.validation.findings(round, zone));
		model.addAttribute("outliers", this.validation.outliers(round, zone));
		return "round-zone";
	}

	/** The reporter acknowledges a warning with a comment before submitting. */
	@PostMapping("/rounds/{round}/zones/{zone}/acknowledge")
	String acknowledge(@PathVariable long round, @PathVariable String zone, @RequestParam String rule,
			@RequestParam String findingZone, @RequestParam int year, @RequestParam(required = false) String comment,
			Model model) {
		try {
			this.validation.acknowledge(round, zone, rule, findingZone, year, comment);
			model.addAttribute("acknowledged", true);
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		return zone(round, zone, model);
	}

	@PostMapping("/rounds/{round}/zones/{zone}")
	String act(@PathVariable long round, @PathVariable String zone, @RequestParam String action,
			@RequestParam Map<String, String> form, Model model) {
		try {
			switch (action) {
				case "save", "submit" -> {
					Map<String, String> values = new HashMap<>();
					Map<String, String> notes = new HashMap<>();
					form.forEach((name, value) -> {
						if (name.startsWith("value.")) {
							values.put(name.substring(6), value);
						}
						else if (name.startsWith("note.")) {
							notes.put(name.substring(5), value);
						}
					});
					this.rounds.saveDraft(round, zone, values, notes);
					if (action.equals("submit")) {
						this.rounds.submit(round, zone);
					}
				}
				case "approve" -> this.rounds.approve(round, zone, form.get("comment"));
				case "return" -> this.rounds.sendBack(round, zone, form.get("comment"));
				case "publish" -> this.rounds.publish(round, zone, form.get("comment"));
				case "unapprove" -> this.rounds.unapprove(round, zone, form.get("comment"));
				default -> throw new IllegalArgumentException("unknown action: " + action);
			}
			model.addAttribute("done", action);
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (RoundConflictException | IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return zone(round, zone, model);
	}

	@PostMapping("/rounds/{round}/zones/{zone}/upload")
	String upload(@PathVariable long round, @PathVariable String zone, @RequestParam("file") MultipartFile file,
			Model model) throws IOException {
		try {
			Map<String, String> values = new HashMap<>();
			Map<String, String> notes = new HashMap<>();
			RoundWorkbook.read(Files.name(file), file.getBytes()).forEach((code, cells) -> {
				values.put(code, cells[0]);
				notes.put(code, cells[1]);
			});
			this.rounds.saveDraft(round, zone, values, notes);
			model.addAttribute("done", "save");
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (RoundConflictException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return zone(round, zone, model);
	}

	@GetMapping("/rounds/{round}/zones/{zone}/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long round, @PathVariable String zone) {
		Round found = this.rounds.getRound(round);
		byte[] sheet = RoundWorkbook.xlsx(this.catalog.getPlan(found.planId()), found, zone,
				this.rounds.listFigures(round, zone), this.rounds.lastYear(round, zone));
		return Files.download(sheet, Files.XLSX, "round-" + round + "-" + zone + ".xlsx");
	}

	/**
	 * What the signed-in person must do now: fill in, review, approve; and what they were
	 * told (returns, reminders).
	 */
	@GetMapping("/tasks")
	String tasks(Model model) {
		Actor actor = Actor.current();
		Plan plan = this.catalog.current();
		List<Task> tasks = new java.util.ArrayList<>();
		for (Round round : this.rounds.listRounds(plan.id())) {
			this.rounds.listProgress(round.id()).forEach((progress) -> {
				String zone = progress.zone();
				boolean mine = switch (progress.state()) {
					case DRAFT, RETURNED -> actor.is(Role.REPORTER) && actor.mayWorkOn(zone);
					case SUBMITTED -> actor.is(Role.REVIEWER) && actor.mayWorkOn(zone);
					case DISTRICT_APPROVED -> actor.is(Role.APPROVER) || actor.is(Role.ADMIN);
					case PUBLISHED -> false;
				};
				if (mine) {
					tasks.add(new Task(round, zone, progress.state(), progress.overdue()));
				}
			});
		}
		model.addAttribute("tasks", tasks);
		model.addAttribute("notifications", this.notifications.list(actor.username()));
		model.addAttribute("pending", (actor.is(Role.APPROVER) || actor.is(Role.ADMIN))
				? this.store.listBatches(plan.id(), BatchState.PENDING) : List.of());
		return "tasks";
	}

	/**
	 * A step a person must take.
	 *
	 * @param round the round
	 * @param zone the zone
	 * @param state where its figures stand
	 * @param overdue whether the deadline has passed
	 */
	record Task(Round round, String zone, RoundState state, boolean overdue) {
	}

}
