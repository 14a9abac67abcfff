package org.corridor.observatory.registry.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.platform.Platform;
import org.corridor.observatory.registry.platform.PlatformColumn;
import org.corridor.observatory.web.DemoNotice;
import org.corridor.observatory.web.Names;

/**
 * Platforms as an Excel workbook in the columns of the platform file, so that an export
 * can be edited and imported again (the level by its name, which the import reads too);
 * the status today, zones (by name) and source follow, and the import ignores them. A
 * workbook holding demo records starts with a DEMO line above the header, which also
 * keeps it from being imported back as real data.
 */
public final class PlatformWorkbook {

	private PlatformWorkbook() {
	}

	public static byte[] write(List<Platform> platforms, LocalDate today, Names names, Locale locale) {
		boolean chinese = locale != null && "zh".equals(locale.getLanguage());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(chinese ? "创新平台" : "Platforms");
			int next = 0;
			if (platforms.stream().anyMatch(Platform::demo)) {
				sheet.createRow(next++).createCell(0).setCellValue(DemoNotice.TEXT);
			}
			PlatformColumn[] columns = PlatformColumn.values();
			Row header = sheet.createRow(next++);
			for (PlatformColumn column : columns) {
				header.createCell(column.ordinal()).setCellValue(column.header(chinese));
			}
			for (Platform platform : platforms) {
				Row row = sheet.createRow(next++);
				for (PlatformColumn column : columns) {
					String text = text(platform, column, today, names, chinese);
					if (text != null) {
						row.createCell(column.ordinal()).setCellValue(text);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(Platform p, PlatformColumn column, LocalDate today, Names names, boolean chinese) {
		return switch (column) {
			case CODE -> p.code();
			case NAME -> p.name();
			case NAME_EN -> p.nameEn();
			case TYPE -> names.platformType(p.type());
			case LEVEL -> (p.level() != null) ? names.platformLevel(p.level()) : null;
			case HOST -> p.host();
			case DOMAINS -> String.join(";", p.domains());
			case PLANNED -> date(p, PlatformStatus.PLANNED);
			case UNDER_CONSTRUCTION -> date(p, PlatformStatus.UNDER_CONSTRUCTION);
			case OPERATING -> date(p, PlatformStatus.OPERATING);
			case ACCREDITED -> date(p, PlatformStatus.ACCREDITED);
			case EVALUATED -> date(p, PlatformStatus.EVALUATED);
			case LON -> (p.inputLon() != null) ? p.inputLon().toString() : null;
			case LAT -> (p.inputLat() != null) ? p.inputLat().toString() : null;
			case CRS -> (p.inputCrs() != null) ? p.inputCrs().name().toLowerCase(Locale.ROOT) : null;
			case STATUS -> status(p.statusOn(today), chinese);
			case ZONES -> names.zones(p.zones());
			case SOURCE -> p.demo() ? "DEMO " + p.source() : p.source();
			case NOTE -> null;
		};
	}

	private static String status(PlatformStatus status, boolean chinese) {
		if (status == null) {
			return chinese ? "未登记" : "not recorded";
		}
		return chinese ? status.label().zh() : status.label().en();
	}

	private static String date(Platform platform, PlatformStatus status) {
		LocalDate day = platform.reached(status);
		return (day != null) ? day.toString() : null;
	}

}
