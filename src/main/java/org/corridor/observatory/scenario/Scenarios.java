package org.corridor.observatory.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.corridor.observatory.audit.AuditLog;
import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.registry.platform.PlatformFilter;
import org.corridor.observatory.registry.platform.PlatformRegistry;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's scenarios (情景): made, saved as new versions, archived. A save is checked
 * whole before anything is written ({@link AssumptionCheck}); a rejected save changes
 * nothing. A save whose name, description and assumptions are those of the latest version
 * makes no new version. Every change is audited in its transaction.
 */
@Service
public class Scenarios {

	private final PlanCatalog catalog;

	private final ScenarioStore store;

	private final CandidateList candidates;

	private final PlatformRegistry platforms;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	Scenarios(PlanCatalog catalog, ScenarioStore store, CandidateList candidates, PlatformRegistry platforms,
			AuditLog audit) {
		this.catalog = catalog;
		this.store = store;
		this.candidates = candidates;
		this.platforms = platforms;
		this.audit = audit;
	}

	/** The plan's scenarios, oldest first; archived ones only when asked for. */
	@Transactional(readOnly = true)
	public List<Scenario> listScenarios(String planId, boolean withArchived) {
		this.catalog.getPlan(planId);
		List<Scenario> scenarios = new ArrayList<>();
		for (ScenarioStore.Row row : this.store.listRows(planId)) {
			if (withArchived || row.archivedAt() == null) {
				scenarios.add(scenario(row));
			}
		}
		return scenarios;
	}

	@Transactional(readOnly = true)
	public Scenario getScenario(String planId, long id) {
		this.catalog.getPlan(planId);
		return scenario(
				this.store.findRow(planId, id).orElseThrow(() -> new UnknownScenarioException(planId, id, null)));
	}

	/** One version of a scenario with its assumptions; null for the latest. */
	@Transactional(readOnly = true)
	public ScenarioVersion getVersion(String planId, long id, Integer number) {
		this.store.findRow(planId, id).orElseThrow(() -> new UnknownScenarioException(planId, id, number));
		List<ScenarioVersion> versions = this.store.listVersions(id);
		if (number == null) {
			return versions.get(0);
		}
		return versions.stream()
			.filter((v) -> v.number() == number)
			.findFirst()
			.orElseThrow(() -> new UnknownScenarioException(planId, id, number));
	}

	/** Makes a scenario with its first version. */
	@Transactional
	public Scenario create(String planId, ScenarioDraft draft) {
		return create(planId, draft, (i) -> i + 1);
	}

	/** Makes a scenario; problems are located at the rows {@code rowOf} gives. */
	@Transactional
	public Scenario create(String planId, ScenarioDraft draft, IntFunction<Integer> rowOf) {
		Plan plan = this.catalog.getPlan(planId);
		Checked checked = check(plan, draft, rowOf);
		Instant now = this.clock.instant();
		String who = AuditLog.whoNow();
		long id = this.store.insertScenario(planId, who, now);
		ScenarioVersion version = new ScenarioVersion(id, 1, draft.name(), draft.description(), draft.note(),
				checked.demo(), who, now, checked.assumptions());
		this.store.insertVersion(version);
		this.audit.record("scenario.create", "scenario", planId + "/" + id, null, null, version);
		return getScenario(planId, id);
	}

	/** Saves a new version; the same content as the latest makes none. */
	@Transactional
	public Saved save(String planId, long id, ScenarioDraft draft) {
		return save(planId, id, draft, (i) -> i + 1);
	}

	/** Saves a new version; problems are located at the rows {@code rowOf} gives. */
	@Transactional
	public Saved save(String planId, long id, ScenarioDraft draft, IntFunction<Integer> rowOf) {
		Plan plan = this.catalog.getPlan(planId);
		ScenarioStore.Row row = this.store.lock(planId, id)
			.orElseThrow(() -> new UnknownScenarioException(planId, id, null));
		if (row.archivedAt() != null) {
			throw new IllegalArgumentException("情景已归档，不能再修改 / the scenario is archived and cannot be changed");
		}
		Checked checked = check(plan, draft, rowOf);
		ScenarioVersion latest = this.store.listVersions(id).get(0);
		if (same(latest, draft, checked.assumptions())) {
			return new Saved(getScenario(planId, id), false);
		}
		ScenarioVersion version = new ScenarioVersion(id, latest.number() + 1, draft.name(), draft.description(),
				draft.note(), checked.demo(), AuditLog.whoNow(), this.clock.instant(), checked.assumptions());
		this.store.insertVersion(version);
		this.audit.record("scenario.save", "scenario", planId + "/" + id, null, latest.summary(), version);
		return new Saved(getScenario(planId, id), true);
	}

	/**
	 * Saves the assumptions of an uploaded sheet ({@link ScenarioSheet}) as a new
	 * version, keeping the name and description; problems are located at the sheet's
	 * rows. The same assumptions as the latest version make none.
	 */
	@Transactional
	public Saved upload(String planId, long id, String fileName, byte[] content) {
		Plan plan = this.catalog.getPlan(planId);
		ScenarioSheet.Read read = ScenarioSheet.read(plan, fileName, content);
		ScenarioVersion latest = getVersion(planId, id, null);
		ScenarioDraft draft = new ScenarioDraft(latest.name(), latest.description(), "Excel: " + fileName,
				read.assumptions());
		return save(planId, id, draft, (i) -> read.rows().get(i));
	}

	/** Archives a scenario: kept with its versions, no longer listed or changed. */
	@Transactional
	public Scenario archive(String planId, long id) {
		ScenarioStore.Row row = this.store.lock(planId, id)
			.orElseThrow(() -> new UnknownScenarioException(planId, id, null));
		if (row.archivedAt() == null) {
			this.store.archive(id, this.clock.instant());
			this.audit.record("scenario.archive", "scenario", planId + "/" + id, null, null, null);
		}
		return getScenario(planId, id);
	}

	/** The firms of the current candidate list, by number. */
	public Map<Long, CandidateFirm> candidates(String planId) {
		Map<Long, CandidateFirm> firms = new LinkedHashMap<>();
		this.candidates.listCandidates(planId).forEach((firm) -> firms.put(firm.id(), firm));
		return firms;
	}

	/** The platforms of the registry, by code. */
	public Map<String, Platform> platforms(String planId) {
		Map<String, Platform> found = new LinkedHashMap<>();
		this.platforms.search(planId, PlatformFilter.ALL).forEach((p) -> found.put(p.code(), p));
		return found;
	}

	private Checked check(Plan plan, ScenarioDraft asked, IntFunction<Integer> rowOf) {
		Map<Long, CandidateFirm> firms = candidates(plan.id());
		Map<String, Platform> registered = platforms(plan.id());
		ScenarioDraft draft = withCurrentCandidates(plan.id(), asked, firms);
		List<ImportProblem> problems = new AssumptionCheck(plan, firms, registered).problems(draft, rowOf);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		boolean demo = false;
		List<Assumption> assumptions = new ArrayList<>();
		for (Assumption a : draft.assumptions()) {
			if (a.kind() == AssumptionKind.LANDING) {
				CandidateFirm firm = firms.get(a.candidate());
				demo |= firm.demo();
				a = a.withCandidateName(firm.name());
			}
			if (a.kind() == AssumptionKind.PLATFORM) {
				demo |= registered.get(a.platform()).demo();
			}
			assumptions.add(a);
		}
		return new Checked(assumptions, demo);
	}

	/**
	 * The draft with each landing's firm as the current candidate list numbers it: a
	 * scenario saved before the list was imported again names the firm by its number in
	 * the list replaced ({@link CandidateList#currentCandidate}).
	 */
	private ScenarioDraft withCurrentCandidates(String planId, ScenarioDraft draft, Map<Long, CandidateFirm> firms) {
		List<CandidateFirm> current = List.copyOf(firms.values());
		List<Assumption> assumptions = new ArrayList<>();
		for (Assumption a : draft.assumptions()) {
			boolean stale = a.kind() == AssumptionKind.LANDING && a.candidate() != null
					&& !firms.containsKey(a.candidate());
			assumptions.add(stale ? this.candidates.currentCandidate(planId, a.candidate(), current)
				.map((firm) -> a.withCandidate(firm.id()))
				.orElse(a) : a);
		}
		return new ScenarioDraft(draft.name(), draft.description(), draft.note(), assumptions);
	}

	private static boolean same(ScenarioVersion latest, ScenarioDraft draft, List<Assumption> assumptions) {
		if (!latest.name().equals(draft.name()) || !java.util.Objects.equals(latest.description(), draft.description())
				|| latest.assumptions().size() != assumptions.size()) {
			return false;
		}
		for (int i = 0; i < assumptions.size(); i++) {
			if (!latest.assumptions().get(i).sameAs(assumptions.get(i))) {
				return false;
			}
		}
		return true;
	}

	private Scenario scenario(ScenarioStore.Row row) {
		List<ScenarioVersion> versions = this.store.listVersions(row.id());
		return new Scenario(row.id(), row.planId(), row.createdBy(), row.createdAt(), row.archivedAt(), versions.get(0),
				versions.stream().map(ScenarioVersion::summary).toList());
	}

	/**
	 * A save's outcome.
	 *
	 * @param scenario the scenario after it
	 * @param changed whether a new version was made (false: the same content as the
	 * latest)
	 */
	public record Saved(Scenario scenario, boolean changed) {
	}

	private record Checked(List<Assumption> assumptions, boolean demo) {
	}

}
