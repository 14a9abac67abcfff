package org.corridor.observatory.registry;

import java.util.Locale;

import org.corridor.observatory.tabular.Column;
import org.corridor.observatory.tabular.Reporter;

/**
 * The industry code of a row: a four-digit class (小类) of GB/T 4754-2017, with or without
 * its section letter. A broader category (a division or group) is refused, since the
 * registry counts firms by class.
 */
public final class IndustryCells {

	private IndustryCells() {
	}

	/** The class {@code text} names, or null after reporting why it names none. */
	public static IndustryCode parseClass(String text, Column column, Reporter reporter) {
		IndustryCatalogue catalogue = IndustryCatalogue.standard();
		IndustryCode code = catalogue.find(text);
		if (code == null) {
			InvalidValueException reason = catalogue.explain(text);
			reporter.reject(column, text, reason.zh(), reason.en());
			return null;
		}
		if (code.level() != IndustryCode.Level.CLASS) {
			reporter.reject(column, text, "应填写四位小类代码，“" + code + "”不是小类", "give the four-digit class; '"
					+ code.qualified() + "' is a " + code.level().name().toLowerCase(Locale.ROOT) + ", not a class");
			return null;
		}
		return code;
	}

}
