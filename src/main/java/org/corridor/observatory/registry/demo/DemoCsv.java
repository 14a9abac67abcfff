package org.corridor.observatory.registry.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.corridor.observatory.registry.enterprise.EnterpriseFigures;
import org.corridor.observatory.registry.enterprise.EnterpriseRow;
import org.corridor.observatory.registry.enterprise.TierEvent;

/**
 * Writes firm-years in the layout of the enterprise import template: Chinese headers, one
 * row per firm and year, tiers as {@code CODE:gained~lost}. No demo cell holds a comma,
 * quote or line break, so no cell is quoted. A byte-order mark leads the file so that
 * Excel opens it as UTF-8.
 */
final class DemoCsv {

	static final String HEADER = "统一社会信用代码,企业名称,行业代码,产业链,环节,经度,纬度,坐标系,梯队,年度,营业收入,研发费用,从业人员,发明专利,备注";

	private static final int BUFFER = 1 << 16;

	private DemoCsv() {
	}

	static long write(Stream<EnterpriseRow> rows, Path file) {
		long written = 0;
		try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
				rows) {
			out.write('\uFEFF');
			out.write(HEADER);
			out.write("\r\n");
			StringBuilder line = new StringBuilder(256);
			Iterator<EnterpriseRow> iterator = rows.iterator();
			while (iterator.hasNext()) {
				line.setLength(0);
				append(line, iterator.next());
				out.append(line);
				written++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the demo file " + file, ex);
		}
		return written;
	}

	private static void append(StringBuilder line, EnterpriseRow row) {
		line.append(row.uscc().value()).append(',').append(row.name()).append(',');
		line.append(row.industry().qualified()).append(',');
		join(line, row.chains()).append(',');
		join(line, row.segments()).append(',');
		if (row.hasLocation()) {
			line.append(row.inputLon()).append(',').append(row.inputLat()).append(',');
			line.append(row.inputCrs().name().toLowerCase(Locale.ROOT)).append(',');
		}
		else {
			line.append(",,,");
		}
		List<TierEvent> tiers = row.tiers();
		for (int i = 0; i < tiers.size(); i++) {
			TierEvent tier = tiers.get(i);
			line.append((i > 0) ? ";" : "").append(tier.tier()).append(':').append(tier.gained());
			if (tier.lost() != null) {
				line.append('~').append(tier.lost());
			}
		}
		line.append(',');
		EnterpriseFigures figures = row.figures();
		if (figures != null) {
			line.append(figures.year()).append(',');
			line.append(plain(figures.revenue())).append(',').append(plain(figures.rdSpending())).append(',');
			line.append(text(figures.employees())).append(',').append(text(figures.inventionPatents())).append(',');
		}
		else {
			line.append(",,,,,");
		}
		line.append(DemoEnterprises.NOTE).append("\r\n");
	}

	private static StringBuilder join(StringBuilder line, List<String> codes) {
		for (int i = 0; i < codes.size(); i++) {
			line.append((i > 0) ? ";" : "").append(codes.get(i));
		}
		return line;
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : "";
	}

}
