package org.corridor.observatory.compositeindex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.SamplePacks;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;

/**
 * Times a sensitivity run of the pack's example index (10 000 draws unless told) over the
 * corridor's reporting districts, and over every zone of the plan as a larger set, on
 * seeded figures for every indicator and year (no database): prints zones | draws |
 * min/median/max seconds. The goal is under 5 s for the districts.
 * <p>
 * Arguments: [DRAWS [REPETITIONS [WARM-UPS]]], default 10000 7 3.
 */
public final class SensitivityBench {

	private SensitivityBench() {
	}

	public static void main(String[] args) {
		int draws = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int repetitions = (args.length > 1) ? Integer.parseInt(args[1]) : 7;
		int warmups = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		Plan plan = SamplePacks.corridor();
		IndexDefinition definition = IndexDefinitionReader.read(PackFiles.classpath(SamplePacks.CORRIDOR), plan)
			.definitions()
			.get(0);
		List<Zone> districts = plan.listZones()
			.stream()
			.filter((zone) -> zone.level() == ZoneLevel.DISTRICT && zone.reporting())
			.toList();
		System.out.println("zones | draws | min s | median s | max s");
		run("districts", districts, definition, draws, repetitions, warmups);
		run("all zones", plan.listZones(), definition, draws, repetitions, warmups);
	}

	private static void run(String label, List<Zone> zones, IndexDefinition definition, int draws, int repetitions,
			int warmups) {
		FigureTable table = table(zones, definition.components().size());
		double[] seconds = new double[repetitions];
		for (int r = -warmups; r < repetitions; r++) {
			long start = System.nanoTime();
			SensitivityResult result = SensitivityAnalysis.run(definition, table, 2025, draws, r,
					SensitivityAnalysis.DEFAULT_CONCENTRATION);
			long elapsed = System.nanoTime() - start;
			if (result.zones().size() != zones.size()) {
				throw new IllegalStateException("every zone ranked");
			}
			if (r >= 0) {
				seconds[r] = elapsed / 1e9;
			}
		}
		Arrays.sort(seconds);
		System.out.printf("%s (%d) | %d | %.3f | %.3f | %.3f%n", label, zones.size(), draws, seconds[0],
				seconds[repetitions / 2], seconds[repetitions - 1]);
	}

	/** Seeded figures for 2021–2025, every indicator, a tenth of them missing. */
	private static FigureTable table(List<Zone> zones, int indicators) {
		Random random = new Random(2021);
		int[] years = { 2021, 2022, 2023, 2024, 2025 };
		double[][][] values = new double[zones.size()][years.length][indicators];
		double[][] targets = new double[zones.size()][indicators];
		List<FigureTable.TableZone> table = new ArrayList<>();
		for (int z = 0; z < zones.size(); z++) {
			table.add(new FigureTable.TableZone(zones.get(z).code(), zones.get(z).name(), false));
			for (int t = 0; t < years.length; t++) {
				for (int i = 0; i < indicators; i++) {
					values[z][t][i] = (random.nextDouble() < 0.1) ? Double.NaN : 100 * random.nextDouble() * (t + 1);
				}
			}
			Arrays.fill(targets[z], 300);
		}
		return new FigureTable(table, years, values, targets, true);
	}

}
