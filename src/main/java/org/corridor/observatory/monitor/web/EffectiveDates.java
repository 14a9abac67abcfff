package org.corridor.observatory.monitor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

/**
 * The effective date of a proposed plan adjustment as a form or request gives it: blank
 * is none (the proposal then says it is required), anything but 2026-01-01 a located
 * problem.
 */
final class EffectiveDates {

	private EffectiveDates() {
	}

	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ImportRejectedException(List.of(new ImportProblem(0, "生效日期 / effective date", text,
					"日期应写作 2026-01-01", "a date is written 2026-01-01")));
		}
	}

}
