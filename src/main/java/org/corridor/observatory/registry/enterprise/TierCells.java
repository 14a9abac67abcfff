package org.corridor.observatory.registry.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.tabular.CodeList;
import org.corridor.observatory.tabular.DateCells;
import org.corridor.observatory.tabular.Reporter;

/**
 * The tiers cell: entries {@code CODE:gained} or {@code CODE:gained~lost}, separated by
 * semicolons, in half- or full-width punctuation. Each entry is checked on its own so
 * that every bad one is reported.
 */
final class TierCells {

	private TierCells() {
	}

	/** The tier events of a cell, or null after reporting every bad entry. */
	static List<TierEvent> parse(String text, CodeList tiers, LocalDate today, Reporter reporter) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<TierEvent> events = new ArrayList<>(2);
		boolean bad = false;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || ";；\n".indexOf(text.charAt(i)) >= 0) {
				String entry = text.substring(start, i).strip();
				start = i + 1;
				if (!entry.isEmpty()) {
					TierEvent event = entry(entry, tiers, today, reporter);
					bad |= event == null;
					if (event != null) {
						events.add(event);
					}
				}
			}
		}
		return bad ? null : List.copyOf(events);
	}

	private static TierEvent entry(String entry, CodeList tiers, LocalDate today, Reporter reporter) {
		EnterpriseColumn column = EnterpriseColumn.TIERS;
		int colon = indexOfAny(entry, ":：", 0);
		if (colon <= 0) {
			reporter.reject(column, entry, "梯队“" + entry + "”格式不对，应写作 代码:获得日期 或 代码:获得日期~失去日期",
					"tier entry '" + entry + "' is malformed; write CODE:gained or CODE:gained~lost");
			return null;
		}
		String code = tiers.canonical(entry.substring(0, colon));
		if (code == null) {
			tiers.reportUnknown(entry.substring(0, colon).strip(), column, entry, reporter);
		}
		int tilde = indexOfAny(entry, "~～〜", colon + 1);
		String gainedText = entry.substring(colon + 1, (tilde < 0) ? entry.length() : tilde);
		LocalDate gained = DateCells.parse(gainedText, today, column, entry, reporter);
		LocalDate lost = (tilde < 0) ? null
				: DateCells.parse(entry.substring(tilde + 1), today, column, entry, reporter);
		if (gained != null && lost != null && lost.isBefore(gained)) {
			reporter.reject(column, entry, "失去日期 " + lost + " 早于获得日期 " + gained,
					"the tier was lost on " + lost + ", before it was gained on " + gained);
			return null;
		}
		boolean complete = code != null && gained != null && (tilde < 0 || lost != null);
		return complete ? new TierEvent(code, gained, lost) : null;
	}

	private static int indexOfAny(String text, String characters, int from) {
		for (int i = from; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
