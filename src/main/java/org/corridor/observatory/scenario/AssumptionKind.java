package org.corridor.observatory.scenario;

import java.util.Arrays;
import java.util.Locale;

import org.corridor.observatory.plan.HasLabel;
import org.corridor.observatory.plan.LocalizedText;

/** The kinds of assumption (假设) a scenario is made of. */
public enum AssumptionKind implements HasLabel {

	/** An indicator grows by a yearly rate in a zone from a year on (增速). */
	GROWTH("增速", "growth"),

	/** A firm of the candidate list lands in a zone in a year (企业落地). */
	LANDING("企业落地", "landing"),

	/** A platform of the registry reaches a stage by a year (平台进展). */
	PLATFORM("平台进展", "platform"),

	/**
	 * A zone counted into (or out of) the corridor, wholly or in part, from a year
	 * (范围调整).
	 */
	BOUNDARY("范围调整", "boundary");

	private final LocalizedText label;

	AssumptionKind(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

	/** The kind a code or label names, in any case and either language, or null. */
	public static AssumptionKind of(String text) {
		if (text == null) {
			return null;
		}
		String wanted = text.strip();
		return Arrays.stream(values())
			.filter((kind) -> kind.name().equalsIgnoreCase(wanted) || kind.label.zh().equals(wanted)
					|| kind.label.en().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

}
