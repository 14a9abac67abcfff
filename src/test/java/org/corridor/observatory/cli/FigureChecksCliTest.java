package org.corridor.observatory.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's import refuses what the built-in checks refuse, each row named, and
 * a running total that falls below a published figure.
 */
@ExtendWith(CliRun.class)
class FigureChecksCliTest {

	@TempDir
	Path folder;

	private CliRun.Result importFile(String name, String rows) throws IOException {
		Path csv = this.folder.resolve(name);
		Files.writeString(csv, "indicator_code,zone_code,period,value\n" + rows);
		return CliRun.run("import", csv.toString(), "--token", CliRun.token());
	}

	@Test
	void refusesEveryFigureTheChecksRefuse() throws IOException {
		CliRun.Result refused = importFile("bad.csv",
				"DIGITAL_CORE_REVENUE,CORRIDOR,2019,100\n" + "DIGITAL_CORE_REVENUE,XIHU,2023,-5\n"
						+ "TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2023,2.5\n" + "TOP_INSTITUTIONS_ATTRACTED,XIHU,2022,5\n"
						+ "TOP_INSTITUTIONS_ATTRACTED,XIHU,2023,4\n");
		assertThat(refused.code()).isEqualTo(1);
		assertThat(refused.err()).contains("nothing was changed: 4 problems", "行/row 2",
				"before the plan's base year 2020", "行/row 3", "cannot be negative: -5", "行/row 4",
				"must be whole, not 2.5", "行/row 6", "running total and cannot fall");

		CliRun.Result first = importFile("first.csv", "TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2021,5\n");
		assertThat(first.code()).as(first.err()).isZero();
		String batch = first.out().replaceAll("(?s).*publish with: publish (\\d+).*", "$1").strip();
		assertThat(CliRun.run("publish", batch, "--token", CliRun.token()).code()).isZero();
		CliRun.Result falling = importFile("falling.csv", "TOP_INSTITUTIONS_ATTRACTED,CORRIDOR,2022,4\n");
		assertThat(falling.code()).isEqualTo(1);
		assertThat(falling.err()).contains("below 5 in 2021 (published)");
	}

}
