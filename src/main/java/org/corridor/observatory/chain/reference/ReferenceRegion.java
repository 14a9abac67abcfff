package org.corridor.observatory.chain.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.ChineseNames;

import org.springframework.stereotype.Service;

/**
 * A plan's reference region (参照区域): the region, such as the province or the city, whose
 * yearly totals per chain segment and for all industries the location quotients (区位熵)
 * compare the corridor with. An import replaces the stored figures of the years it holds,
 * keeping them as revisions; when it names another region, or the stored figures are demo
 * data, it replaces every stored year, since figures of two regions, or demo beside real
 * ones, cannot be compared year with year.
 */
@Service
public class ReferenceRegion {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final PlanCatalog catalog;

	private final ReferenceStore store;

	private final Clock clock;

	ReferenceRegion(PlanCatalog catalog, ReferenceStore store, Clock clock) {
		this.catalog = catalog;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Imports a reference-region file, whole or not at all.
	 * @throws org.corridor.observatory.tabular.ImportRejectedException with every problem
	 * of the file; nothing is stored then
	 */
	public ReferenceImportResult importFile(String planId, String fileName, byte[] content) {
		Plan plan = this.catalog.getPlan(planId);
		int currentYear = LocalDate.now(this.clock.withZone(CHINA)).getYear();
		List<ReferenceFigure> figures = ReferenceFileReader.read(fileName, content, plan, currentYear);
		return store(planId, figures.get(0).region(), fileName, false, figures);
	}

	/**
	 * Stores generated figures of {@code region} as the plan's reference, marked DEMO,
	 * unless figures from a file are stored: demo data never replaces what officers gave.
	 * The figures' own region and demo flags are not read; each keeps its source, or gets
	 * "demo" when it has none.
	 * @return what was stored; a batch id of 0 when nothing was
	 */
	public ReferenceImportResult importDemo(String planId, String region, List<ReferenceFigure> figures) {
		this.catalog.getPlan(planId);
		if (this.store.listFigures(planId).stream().anyMatch((figure) -> !figure.demo())) {
			return new ReferenceImportResult(0, region, 0, List.of(), 0, false, true);
		}
		List<ReferenceFigure> marked = figures.stream()
			.map((figure) -> new ReferenceFigure(region, figure.year(), figure.segment(), figure.employees(),
					figure.revenue(), true, (figure.source() != null) ? figure.source() : "demo"))
			.toList();
		String source = marked.isEmpty() ? "demo" : marked.get(0).source();
		return store(planId, region, source, true, marked);
	}

	/**
	 * The plan's current figures: by year, each year's total first, then its segments in
	 * the plan's order.
	 */
	public List<ReferenceFigure> listFigures(String planId) {
		Plan plan = this.catalog.getPlan(planId);
		Map<String, Integer> order = new HashMap<>();
		List<Item> segments = plan.listItems(ItemKind.SEGMENT);
		for (int i = 0; i < segments.size(); i++) {
			order.put(segments.get(i).code(), i);
		}
		Comparator<ReferenceFigure> bySegment = Comparator
			.comparing((ReferenceFigure figure) -> (figure.segment() == null) ? -1
					: order.getOrDefault(figure.segment(), Integer.MAX_VALUE))
			.thenComparing((figure) -> (figure.segment() != null) ? figure.segment() : "");
		return this.store.listFigures(planId)
			.stream()
			.sorted(Comparator.comparingInt(ReferenceFigure::year).thenComparing(bySegment))
			.toList();
	}

	/** The figures imports replaced, latest replacement first. */
	public List<ReferenceRevision> listRevisions(String planId) {
		this.catalog.getPlan(planId);
		return this.store.listRevisions(planId);
	}

	/** Whether the plan's current reference figures are demo data. */
	public boolean hasDemo(String planId) {
		return this.store.listFigures(planId).stream().anyMatch(ReferenceFigure::demo);
	}

	private ReferenceImportResult store(String planId, String region, String source, boolean demo,
			List<ReferenceFigure> figures) {
		String key = ChineseNames.key(region);
		boolean whole = this.store.listFigures(planId)
			.stream()
			.anyMatch((stored) -> stored.demo() || !ChineseNames.key(stored.region()).equals(key));
		TreeSet<Integer> years = new TreeSet<>();
		figures.forEach((figure) -> years.add(figure.year()));
		ReferenceStore.Stored stored = this.store.replace(planId, region, source, demo, figures, whole ? null : years);
		return new ReferenceImportResult(stored.batchId(), region, figures.size(), List.copyOf(years),
				stored.replaced(), whole, demo);
	}

}
