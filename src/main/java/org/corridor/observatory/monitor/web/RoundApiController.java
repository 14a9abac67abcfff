package org.corridor.observatory.monitor.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.monitor.round.Round;
import org.corridor.observatory.monitor.round.RoundEvent;
import org.corridor.observatory.monitor.round.RoundFigure;
import org.corridor.observatory.monitor.round.RoundService;
import org.corridor.observatory.monitor.round.RoundState;
import org.corridor.observatory.monitor.round.ZoneProgress;
import org.corridor.observatory.tabular.ImportProblem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporting rounds over HTTP, for scripts and the reporting form: open a round, read its
 * board, save a zone's draft, and take the steps submit, approve, return, publish and
 * un-approve. Who may do which is checked by the service for every path.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/rounds")
class RoundApiController {

	private final RoundService rounds;

	RoundApiController(RoundService rounds) {
		this.rounds = rounds;
	}

	@GetMapping
	List<Round> list(@PathVariable String planId) {
		return this.rounds.listRounds(planId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Round open(@PathVariable String planId, @RequestBody Opening opening) {
		return this.rounds.open(planId, opening.year(), opening.title(), opening.deadline(), opening.indicators(),
				opening.zones());
	}

	@GetMapping("/{round}")
	Board board(@PathVariable String planId, @PathVariable long round) {
		return new Board(this.rounds.getRound(round), this.rounds.listProgress(round), this.rounds.listEvents(round));
	}

	/**
	 * Checks one figure as typed, by the rules an import applies, without saving it: the
	 * reporting form shows the problems while the reporter types.
	 */
	@GetMapping("/{round}/zones/{zone}/check")
	Checked check(@PathVariable String planId, @PathVariable long round, @PathVariable String zone,
			@RequestParam String indicator, @RequestParam String value) {
		return new Checked(this.rounds.check(round, zone, indicator, value));
	}

	@GetMapping("/{round}/zones/{zone}")
	ZoneFigures figures(@PathVariable String planId, @PathVariable long round, @PathVariable String zone) {
		return new ZoneFigures(zone, this.rounds.getState(round, zone), this.rounds.listFigures(round, zone));
	}

	/** Saves the zone's draft: indicator code → value as typed, and notes. */
	@PutMapping("/{round}/zones/{zone}")
	ZoneFigures save(@PathVariable String planId, @PathVariable long round, @PathVariable String zone,
			@RequestBody Draft draft) {
		this.rounds.saveDraft(round, zone, draft.values(), (draft.notes() != null) ? draft.notes() : Map.of());
		return figures(planId, round, zone);
	}

	/**
	 * Takes a step: {@code submit}, {@code approve}, {@code return}, {@code publish} or
	 * {@code unapprove}; the comment is required to return and to un-approve.
	 */
	@PostMapping("/{round}/zones/{zone}/{step:submit|approve|return|publish|unapprove}")
	ZoneFigures step(@PathVariable String planId, @PathVariable long round, @PathVariable String zone,
			@PathVariable String step, @RequestBody(required = false) Comment comment) {
		String text = (comment != null) ? comment.comment() : null;
		switch (step) {
			case "submit" -> this.rounds.submit(round, zone);
			case "approve" -> this.rounds.approve(round, zone, text);
			case "return" -> this.rounds.sendBack(round, zone, text);
			case "publish" -> this.rounds.publish(round, zone, text);
			default -> this.rounds.unapprove(round, zone, text);
		}
		return figures(planId, round, zone);
	}

	/**
	 * What opening a round asks for.
	 *
	 * @param year the year of the figures
	 * @param title what it is called
	 * @param deadline the last day to submit
	 * @param indicators the indicators asked for
	 * @param zones the zones asked
	 */
	record Opening(int year, String title, LocalDate deadline, List<String> indicators, List<String> zones) {
	}

	/**
	 * A zone's draft.
	 *
	 * @param values indicator code → value as typed; blank clears it
	 * @param notes indicator code → note
	 */
	record Draft(Map<String, String> values, Map<String, String> notes) {
	}

	/**
	 * The comment of a step.
	 *
	 * @param comment the comment or reason
	 */
	record Comment(String comment) {
	}

	/**
	 * A round and where each zone stands.
	 *
	 * @param round the round
	 * @param zones each zone's progress
	 * @param events every step taken, newest first
	 */
	record Board(Round round, List<ZoneProgress> zones, List<RoundEvent> events) {
	}

	/**
	 * The problems of a figure as typed; empty when it would be accepted.
	 *
	 * @param problems every problem, in Chinese and English
	 */
	record Checked(List<ImportProblem> problems) {
	}

	/**
	 * A zone's figures in a round.
	 *
	 * @param zone the zone
	 * @param state where they stand
	 * @param figures one per indicator asked
	 */
	record ZoneFigures(String zone, RoundState state, List<RoundFigure> figures) {
	}

}
