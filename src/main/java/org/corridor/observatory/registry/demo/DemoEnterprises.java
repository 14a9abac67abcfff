package org.corridor.observatory.registry.demo;

import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.registry.enterprise.EnterpriseRow;

/**
 * Demo enterprises: a reproducible, invented population of a plan's corridor — firms with
 * credit codes, names, classes, chains, positions, tiers and yearly figures — and its
 * platforms with demo status histories. Everything is a pure function of the plan, the
 * seed and the sizes asked for; every firm name starts with 【演示】 and every file says
 * DEMO, so nothing made here can pass for real data. Firms are made one at a time from
 * their index, so a population of ten million streams in constant memory and may be
 * generated in parallel.
 */
public final class DemoEnterprises {

	/** What the note column of a demo file says on every row. */
	public static final String NOTE = "DEMO 演示数据(随机生成)/ generated demo data";

	/** Row number of the first firm-year, the header taking row 1 as in a spreadsheet. */
	private static final int FIRST_ROW = 2;

	private DemoEnterprises() {
	}

	/**
	 * The firm-years of {@code firms} demo firms for {@code fromYear}..{@code toYear}:
	 * one row per firm and year, firm by firm, rows numbered from 2. A firm's rows agree
	 * on everything but the figures; its tiers are its whole history within the years.
	 * The stream is lazy and ordered; made parallel, it yields the same rows.
	 * @throws IllegalArgumentException when the years are reversed or the number of firms
	 * is negative or exceeds what eight-digit organisation codes can number
	 */
	public static Stream<EnterpriseRow> generate(Plan plan, long seed, int firms, int fromYear, int toYear) {
		if (toYear < fromYear) {
			throw new IllegalArgumentException("the years run from " + fromYear + " to " + toYear);
		}
		int years = toYear - fromYear + 1;
		if (firms < 0 || firms > DemoCreditCodes.BODIES || (long) firms * years + FIRST_ROW > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("cannot number " + firms + " firms over " + years + " years");
		}
		DemoSetting setting = DemoSetting.of(plan);
		return LongStream.range(0, firms)
			.mapToObj(
					(index) -> DemoFirm.rows(setting, seed, index, fromYear, toYear, (int) (FIRST_ROW + index * years)))
			.flatMap((rows) -> rows.stream());
	}

	/**
	 * The plan's platforms with demo status histories, followed by 30 invented platforms
	 * of the plan's platform types.
	 */
	public static Stream<DemoPlatform> platforms(Plan plan, long seed) {
		return DemoPlatforms.generate(plan, seed, DemoPlatforms.INVENTED);
	}

	/** As {@link #platforms(Plan, long)}, with {@code invented} made-up platforms. */
	public static Stream<DemoPlatform> platforms(Plan plan, long seed, int invented) {
		return DemoPlatforms.generate(plan, seed, invented);
	}

	/**
	 * Writes {@link #generate} to a UTF-8 CSV file the enterprise import reads, with
	 * Chinese headers and the note column saying DEMO on every row; streams in constant
	 * memory.
	 * @return the number of firm-years written
	 */
	public static long writeCsv(Plan plan, long seed, int firms, int fromYear, int toYear, Path file) {
		return DemoCsv.write(generate(plan, seed, firms, fromYear, toYear), file);
	}

}
