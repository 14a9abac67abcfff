package org.corridor.observatory.bench;

import java.nio.file.Path;

import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanPackLoader;
import org.corridor.observatory.registry.demo.DemoEnterprises;

/**
 * Writes a benchmark-sized demo enterprise file and times it: {@code DemoCsvBench
 * <firm-years> <file>} (five years per firm, 2020–2024). The file feeds the import and
 * chain benchmarks; its rows are DEMO firms, named so.
 */
public final class DemoCsvBench {

	private DemoCsvBench() {
	}

	public static void main(String[] args) {
		long firmYears = Long.parseLong(args[0]);
		Path file = Path.of(args[1]);
		Plan plan = PlanPackLoader.load(PackFiles.classpath("packs/chengxi-2021"));
		long started = System.nanoTime();
		long written = DemoEnterprises.writeCsv(plan, 1, (int) (firmYears / 5), 2020, 2024, file);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("| firm-years | seconds | firm-years/s |%n| ---: | ---: | ---: |%n| %,d | %.1f | %,.0f |%n",
				written, seconds, written / seconds);
	}

}
