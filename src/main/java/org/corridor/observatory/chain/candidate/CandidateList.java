package org.corridor.observatory.chain.candidate;

import java.util.List;
import java.util.Optional;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;

import org.springframework.stereotype.Service;

/**
 * A plan's list of candidate firms to attract (招商候选企业): firms outside the corridor that
 * would fill the plan's chain segments. Officers keep the list as a whole, so an import
 * replaces it whole; the lists it replaces are kept and can be listed.
 */
@Service
public class CandidateList {

	private final PlanCatalog catalog;

	private final CandidateStore store;

	CandidateList(PlanCatalog catalog, CandidateStore store) {
		this.catalog = catalog;
		this.store = store;
	}

	/**
	 * Imports a candidate file as the plan's list, whole or not at all.
	 * @throws org.corridor.observatory.tabular.ImportRejectedException with every problem
	 * of the file; nothing is stored then
	 */
	public CandidateImportResult importFile(String planId, String fileName, byte[] content) {
		Plan plan = this.catalog.getPlan(planId);
		List<CandidateFirm> firms = CandidateFileReader.read(fileName, content, plan);
		return this.store.replace(planId, fileName, false, firms);
	}

	/**
	 * Stores generated candidates as the plan's list, marked DEMO, unless the current
	 * list came from a file: demo data never replaces what officers gave. The firms' own
	 * demo flags and sources are not read; every one is stored as demo, with the first
	 * firm's source (or "demo") as the list's.
	 * @return what was stored; a list id of 0 when nothing was
	 */
	public CandidateImportResult importDemo(String planId, List<CandidateFirm> firms) {
		this.catalog.getPlan(planId);
		boolean fromFile = this.store.currentList(planId).filter((list) -> !list.demo()).isPresent();
		if (fromFile) {
			return new CandidateImportResult(0, 0, 0, true);
		}
		String source = firms.isEmpty() ? "demo" : firms.get(0).source();
		return this.store.replace(planId, source, true, firms);
	}

	/**
	 * The firms of the plan's current list, in the list's order; empty when it has none.
	 */
	public List<CandidateFirm> listCandidates(String planId) {
		this.catalog.getPlan(planId);
		return this.store.listCandidates(planId);
	}

	/** The firms of one of the plan's lists, current or replaced. */
	public List<CandidateFirm> listCandidates(String planId, long listId) {
		this.catalog.getPlan(planId);
		return this.store.listCandidates(planId, listId);
	}

	/**
	 * The current list's firm that {@code id} names: the firm itself while its list is
	 * current; after the list was replaced, the current list's firm with the same credit
	 * code (or, when it had none, the same name). A scenario's landing saved before the
	 * list was imported again so keeps its firm. Empty when the current list has no such
	 * firm.
	 */
	public Optional<CandidateFirm> currentCandidate(String planId, long id, List<CandidateFirm> current) {
		for (CandidateFirm firm : current) {
			if (firm.id() == id) {
				return Optional.of(firm);
			}
		}
		return this.store.findCandidate(planId, id)
			.flatMap((earlier) -> current.stream()
				.filter((firm) -> (earlier.uscc() != null) ? earlier.uscc().equals(firm.uscc())
						: firm.uscc() == null && earlier.name().equals(firm.name()))
				.findFirst());
	}

	/** Every list the plan has held, newest (the current one) first. */
	public List<CandidateBatch> listBatches(String planId) {
		this.catalog.getPlan(planId);
		return this.store.listBatches(planId);
	}

	/** Whether the plan's current list is demo data. */
	public boolean hasDemo(String planId) {
		return this.store.currentList(planId).map(CandidateBatch::demo).orElse(false);
	}

}
