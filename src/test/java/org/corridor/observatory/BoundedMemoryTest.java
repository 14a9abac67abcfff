package org.corridor.observatory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.boundary.BoundaryFileReader;
import org.corridor.observatory.geo.boundary.BoundaryRejectedException;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.XlsxReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile files are refused in bounded memory: in a JVM of its own with a 320 MiB heap,
 * eight 2 GiB zip bombs and two workbooks whose shared strings unpack to 300 MiB, all
 * read at once, are each refused with a reason. Holding any one of them whole would need
 * more than that heap.
 */
class BoundedMemoryTest {

	private static final String HEAP = "-Xmx320m";

	@Test
	void refusesEightZipBombsAndTwoSharedStringBombsAtOnceInASmallHeap() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
				BoundedMemoryTest.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(child.exitValue()).as(output).isZero();
		assertThat(output.lines().filter((line) -> line.startsWith("refused: unpacks to more than 64 MB"))).as(output)
			.hasSize(8);
		assertThat(output.lines()
			.filter((line) -> line
				.startsWith("refused: the workbook's shared strings (the text of its cells) take more")))
			.as(output)
			.hasSize(2);
	}

	/** Run in the small heap: reads every file at once, prints what became of each. */
	public static void main(String[] args) throws InterruptedException, IOException {
		byte[] bomb = HostileFiles.zipBomb("bomb.shp", 2048);
		byte[] workbook = HostileFiles.sharedStringsBomb(300);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			results.add(pool.submit(() -> {
				try {
					BoundaryFileReader.read("bomb.zip", bomb, Crs.WGS84, Set.of("XIHU"), Map.of());
					return "accepted";
				}
				catch (BoundaryRejectedException ex) {
					return "refused: " + ex.problems().get(0).en();
				}
			}));
		}
		for (int i = 0; i < 2; i++) {
			results.add(pool.submit(() -> {
				List<ImportProblem> problems = new ArrayList<>();
				return XlsxReader.read(workbook, problems, (row) -> {
				}) ? "accepted" : "refused: " + problems.get(0).en();
			}));
		}
		boolean allRefused = true;
		for (Future<String> result : results) {
			String outcome;
			try {
				outcome = result.get();
			}
			catch (ExecutionException ex) {
				outcome = "failed: " + ex.getCause();
			}
			System.out.println(outcome);
			allRefused &= outcome.startsWith("refused: ");
		}
		pool.shutdown();
		System.exit(allRefused ? 0 : 1);
	}

}
