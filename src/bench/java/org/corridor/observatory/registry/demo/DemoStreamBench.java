package org.corridor.observatory.registry.demo;

import java.util.concurrent.atomic.AtomicLong;

import org.corridor.observatory.plan.PackFiles;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanPackLoader;

/**
 * The DEMO firm generator streams in bounded memory: {@code DemoStreamBench [firms]}
 * (default 250 000, four years each, 2020–2023: a million firm-years) streams the seeded
 * rows without keeping them, forces a full collection every 200 000 rows and records how
 * far the live heap has grown since the start. It prints firm-years, seconds, firm-years
 * per second and the largest growth, and exits with status 1 if that growth reaches
 * {@value #BOUND_MB} MB: the chain benchmark and the demo loader stream ten million firms
 * through the same generator, so it must not hold on to what it has handed out.
 */
public final class DemoStreamBench {

	static final int BOUND_MB = 64;

	private static final long SEED = 3;

	private DemoStreamBench() {
	}

	public static void main(String[] args) {
		int firms = (args.length > 0) ? Integer.parseInt(args[0].replace("_", "")) : 250_000;
		Plan plan = PlanPackLoader.load(PackFiles.classpath("packs/chengxi-2021"));
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long baseline = runtime.totalMemory() - runtime.freeMemory();
		long[] most = { 0 };
		AtomicLong count = new AtomicLong();
		long started = System.nanoTime();
		DemoEnterprises.generate(plan, SEED, firms, 2020, 2023).forEach((row) -> {
			if (count.incrementAndGet() % 200_000 == 0) {
				System.gc();
				most[0] = Math.max(most[0], runtime.totalMemory() - runtime.freeMemory() - baseline);
			}
		});
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("| firm-years | seconds | firm-years/s | live heap growth (MB) | bound (MB) |%n");
		System.out.printf("| ---: | ---: | ---: | ---: | ---: |%n");
		System.out.printf("| %,d | %.1f | %,.0f | %d | %d |%n", count.get(), seconds, count.get() / seconds,
				most[0] >> 20, BOUND_MB);
		if (count.get() != 4L * firms) {
			System.err.printf("expected %,d firm-years, streamed %,d%n", 4L * firms, count.get());
			System.exit(1);
		}
		if (most[0] >= ((long) BOUND_MB << 20)) {
			System.err.printf("the live heap grew by %d MB while streaming: the generator holds on to rows%n",
					most[0] >> 20);
			System.exit(1);
		}
	}

}
