package org.corridor.observatory.chain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.corridor.observatory.chain.reference.ReferenceRegion;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.UnknownZoneException;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.registry.RegistryChanged;
import org.corridor.observatory.registry.enterprise.FirmTable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The industry chains measured on the registry. The registry is read into a
 * {@link ChainCube} once and again after each import that changes it (see
 * {@link RegistryChanged}), in the background, so that a report over the whole corridor
 * is one pass over memory.
 */
@Service
public class ChainService {

	/** At most this many firms are listed behind one segment. */
	public static final int FIRM_LIMIT = 200;

	static final String LEADER_TIER = "PLATFORM_CHAIN_LEADER";

	private final PlanCatalog catalog;

	private final FirmTable table;

	private final ReferenceRegion references;

	private final Clock clock;

	private final Map<String, CompletableFuture<Built>> built = new ConcurrentHashMap<>();

	/** Builds cubes off the request threads, one at a time. */
	private final ExecutorService builder = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "chain-cube");
		thread.setDaemon(true);
		return thread;
	});

	ChainService(PlanCatalog catalog, FirmTable table, ReferenceRegion references, Clock clock) {
		this.catalog = catalog;
		this.table = table;
		this.references = references;
		this.clock = clock;
	}

	/**
	 * Every chain in the zone and year.
	 * @param year the year, or null for the latest with figures
	 * @param zone a zone code, or null for the whole corridor
	 */
	public ChainReport report(String planId, Integer year, String zone) {
		Built b = built(planId);
		int at = year(b, year);
		return ChainAnalyser.analyse(b.model, b.cube, at, zone(b, planId, zone), reference(planId, at), null);
	}

	/** The reference figures for the year, or null. */
	Reference reference(String planId, int year) {
		return Reference.of(this.references.listFigures(planId), year);
	}

	/** One chain in the zone and year, with its gaps. */
	public ChainDetail chain(String planId, String chain, Integer year, String zone) {
		ChainReport report = report(planId, year, zone);
		ChainFigures figures = report.chains()
			.stream()
			.filter((c) -> c.code().equals(chain))
			.findFirst()
			.orElseThrow(() -> new UnknownChainException(planId, chain));
		return new ChainDetail(report.year(), report.zone(), report.reference(), figures, Gap.of(figures),
				report.demo());
	}

	/** The firms behind a segment's figures, largest revenue first. */
	public List<FirmInSegment> firms(String planId, String segment, Integer year, String zone) {
		return firms(planId, List.of(segment), year, zone).get(segment);
	}

	/**
	 * The firms behind each of the segments' figures, largest revenue first, in one pass
	 * over the registry.
	 */
	public Map<String, List<FirmInSegment>> firms(String planId, List<String> segments, Integer year, String zone) {
		Built b = built(planId);
		Map<Integer, List<FirmInSegment>> bySegment = new HashMap<>();
		for (String code : segments) {
			Integer s = b.model.segment(code);
			if (s == null) {
				throw new UnknownChainException(planId, code);
			}
			bySegment.put(s, new ArrayList<>());
		}
		int at = year(b, year);
		int z = zone(b, planId, zone);
		ChainCube cube = b.cube;
		if (cube.hasYear(at)) {
			int y = cube.year(at);
			LocalDate end = LocalDate.of(at, 12, 31);
			for (int f = 0; f < cube.firms; f++) {
				if (!cube.reported[y][f] || (z != b.model.rootZone && !cube.inZone(f, z))) {
					continue;
				}
				for (int i = cube.segmentStart[f]; i < cube.segmentStart[f + 1]; i++) {
					List<FirmInSegment> firms = bySegment.get(cube.segmentIds[i]);
					if (firms != null) {
						firms.add(new FirmInSegment(cube.uscc[f], cube.names[f], figure(cube.revenue[y][f]),
								figure(cube.rdSpending[y][f]),
								(cube.employees[y][f] >= 0) ? cube.employees[y][f] : null, cube.leaderOn(f, end),
								cube.demo[f] || cube.demoYear[y][f]));
					}
				}
			}
		}
		Map<String, List<FirmInSegment>> found = new LinkedHashMap<>();
		for (String code : segments) {
			List<FirmInSegment> firms = bySegment.get(b.model.segment(code));
			firms.sort(Comparator.comparing((FirmInSegment f) -> (f.revenue() != null) ? -f.revenue() : 0.0)
				.thenComparing(FirmInSegment::uscc));
			found.put(code, firms);
		}
		return found;
	}

	/** Chains × zones: every zone below the corridor, in the plan's order. */
	public ChainMatrix matrix(String planId, Integer year) {
		Built b = built(planId);
		return matrix(this.catalog.getPlan(planId), b.model, b.cube, year(b, year));
	}

	/**
	 * Chains × zones of the cube in the year, in one pass over its firms: every zone
	 * below the plan's root, in the plan's order.
	 */
	static ChainMatrix matrix(Plan plan, ChainModel model, ChainCube cube, int at) {
		int chains = model.chains.size();
		int zones = model.zones.size();
		int[][] firms = new int[chains][zones];
		double[][] revenue = new double[chains][zones];
		boolean demo = false;
		if (cube.hasYear(at)) {
			int y = cube.year(at);
			boolean[] onChain = new boolean[chains];
			for (int f = 0; f < cube.firms; f++) {
				if (!cube.reported[y][f]) {
					continue;
				}
				Arrays.fill(onChain, false);
				for (int i = cube.segmentStart[f]; i < cube.segmentStart[f + 1]; i++) {
					onChain[model.segments.get(cube.segmentIds[i]).chain()] = true;
				}
				double r = Double.isNaN(cube.revenue[y][f]) ? 0 : cube.revenue[y][f];
				for (int c = 0; c < chains; c++) {
					if (!onChain[c]) {
						continue;
					}
					demo |= cube.demo[f] || cube.demoYear[y][f];
					for (int i = cube.zoneStart[f]; i < cube.zoneStart[f + 1]; i++) {
						firms[c][cube.zoneIds[i]]++;
						revenue[c][cube.zoneIds[i]] += r;
					}
				}
			}
		}
		List<ChainMatrix.Column> columns = new ArrayList<>();
		List<Integer> shown = new ArrayList<>();
		for (Zone zone : plan.listZones()) {
			int z = model.zone(zone.code());
			if (z != model.rootZone) {
				columns.add(new ChainMatrix.Column(zone.code(), zone.name(), zone.level().name().toLowerCase()));
				shown.add(z);
			}
		}
		List<ChainMatrix.Row> rows = new ArrayList<>();
		for (ChainModel.Chain chain : model.chains) {
			int c = chain.index();
			double total = revenue[c][model.rootZone];
			List<ChainMatrix.Cell> cells = new ArrayList<>();
			for (int z : shown) {
				boolean host = Arrays.stream(chain.hostZones()).anyMatch((h) -> h == z);
				cells.add(new ChainMatrix.Cell(firms[c][z], revenue[c][z], (total > 0) ? revenue[c][z] / total : null,
						host));
			}
			rows.add(new ChainMatrix.Row(chain.code(), chain.name(), firms[c][model.rootZone], total, cells));
		}
		return new ChainMatrix(at, columns, rows, demo);
	}

	/** The years the registry holds figures for, oldest first. */
	public List<Integer> years(String planId) {
		return built(planId).cube().reportedYears;
	}

	private int year(Built b, Integer year) {
		if (year != null) {
			return year;
		}
		List<Integer> years = years(b.planId);
		return years.isEmpty() ? Math.min(LocalDate.now(this.clock).getYear() - 1, b.lastYear)
				: years.get(years.size() - 1);
	}

	private static int zone(Built b, String planId, String zone) {
		if (zone == null || zone.isBlank()) {
			return b.model.rootZone;
		}
		Integer index = b.model.zone(zone);
		if (index == null) {
			throw new UnknownZoneException(planId, zone);
		}
		return index;
	}

	private static Double figure(double value) {
		return Double.isNaN(value) ? null : value;
	}

	/**
	 * The cube of the plan's registry: the one built after the last import, waiting for
	 * it if it is still being built, or built now if none is.
	 */
	Built built(String planId) {
		CompletableFuture<Built> future = this.built.computeIfAbsent(planId, this::buildLater);
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			this.built.remove(planId, future);
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * Builds the plan's cube again once an import into its registry has committed, in the
	 * background, so that the next request finds it ready.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void registryChanged(RegistryChanged event) {
		this.built.put(event.planId(), buildLater(event.planId()));
	}

	/**
	 * When the platform stops: no cube starts, and one being built is waited for (its
	 * reads do not stop when interrupted), so that it does not read on while the
	 * connection pool closes under it.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.builder.shutdownNow();
		this.builder.awaitTermination(10, TimeUnit.SECONDS);
	}

	private CompletableFuture<Built> buildLater(String planId) {
		return CompletableFuture.supplyAsync(() -> build(planId), this.builder);
	}

	private Built build(String planId) {
		Plan plan = this.catalog.getPlan(planId);
		ChainModel model = new ChainModel(plan);
		int first = plan.header().baselineYear();
		int last = Math.max(plan.header().endYear(), LocalDate.now(this.clock).getYear());
		ChainCube.Builder builder = new ChainCube.Builder(first, last);
		Map<String, Integer> numbers = new HashMap<>();
		this.table.forEachFirm(planId, (firm) -> {
			int[] zones = firm.zones()
				.stream()
				.map(model::zone)
				.filter((z) -> z != null)
				.mapToInt(Integer::intValue)
				.toArray();
			int[] withRoot = zones;
			if (Arrays.stream(zones).noneMatch((z) -> z == model.rootZone)) {
				withRoot = Arrays.copyOf(zones, zones.length + 1);
				withRoot[zones.length] = model.rootZone;
			}
			int[] segments = model.segmentsOf(firm.industryCode(), firm.name(), firm.segments(), firm.chains());
			int f = builder.addFirm(firm.uscc(), firm.name(), firm.demo(), segments, withRoot);
			numbers.put(firm.uscc(), f);
			for (String code : firm.chains()) {
				Integer chain = model.chain(code);
				if (chain != null && Arrays.stream(segments).noneMatch((s) -> model.segments.get(s).chain() == chain)) {
					builder.addUnplaced(f, chain);
				}
			}
		});
		this.table.forEachYear(planId, (year) -> {
			Integer f = numbers.get(year.uscc());
			if (f != null) {
				builder.addYear(f, year.year(), year.revenue(), year.rdSpending(), year.employees(), year.demo());
			}
		});
		this.table.forEachTierSpell(planId, LEADER_TIER, (uscc, spell) -> {
			Integer f = numbers.get(uscc);
			if (f != null) {
				builder.addLeaderSpell(f, spell.gained(), spell.lost());
			}
		});
		return new Built(planId, model, builder.build(), last);
	}

	/** A plan's cube and the model it is numbered by. */
	record Built(String planId, ChainModel model, ChainCube cube, int lastYear) {
	}

}
