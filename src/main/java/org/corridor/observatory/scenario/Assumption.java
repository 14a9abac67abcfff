package org.corridor.observatory.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One assumption (假设) of a scenario. Its kind says which fields it uses; the others are
 * null.
 * <ul>
 * <li>{@link AssumptionKind#GROWTH}: {@code indicator}, {@code zone}, {@code year} (the
 * first year grown) and {@code rate}: percent a year, or percentage points a year for an
 * indicator stated in percent ({@link #growsInPoints}).</li>
 * <li>{@link AssumptionKind#LANDING}: {@code candidate} (its number in the candidate
 * list, with {@code candidateName} as it was when saved), {@code zone},
 * {@code year}.</li>
 * <li>{@link AssumptionKind#PLATFORM}: {@code platform} (its code in the registry),
 * {@code stage} (a {@code PlatformStatus} code), {@code year} (reached by 31
 * December).</li>
 * <li>{@link AssumptionKind#BOUNDARY}: {@code zone}, {@code year}, {@code rate}: the
 * share in percent of the zone's figures counted in the corridor from then, positive to
 * count it in, negative to count it out (−100: taken out wholly).</li>
 * </ul>
 *
 * @param kind the kind
 * @param indicator the indicator's code, or null
 * @param zone the zone's code, or null
 * @param year the year it takes effect from
 * @param rate the rate or share, or null
 * @param candidate the candidate firm's number, or null
 * @param candidateName the candidate firm's name when saved, or null
 * @param platform the platform's code, or null
 * @param stage the stage's code, or null
 * @param note a note, or null
 */
public record Assumption(AssumptionKind kind, String indicator, String zone, int year, BigDecimal rate, Long candidate,
		String candidateName, String platform, String stage, String note) {

	public Assumption {
		Objects.requireNonNull(kind, "an assumption needs a kind");
		rate = (rate != null) ? rate.stripTrailingZeros() : null;
		note = (note != null && !note.isBlank()) ? note.strip() : null;
	}

	/** A growth rate of an indicator in a zone from a year on. */
	public static Assumption growth(String indicator, String zone, int year, BigDecimal rate) {
		return new Assumption(AssumptionKind.GROWTH, indicator, zone, year, rate, null, null, null, null, null);
	}

	/** A candidate firm landing in a zone in a year. */
	public static Assumption landing(long candidate, String zone, int year) {
		return new Assumption(AssumptionKind.LANDING, null, zone, year, null, candidate, null, null, null, null);
	}

	/** A platform reaching a stage by a year. */
	public static Assumption platform(String platform, String stage, int year) {
		return new Assumption(AssumptionKind.PLATFORM, null, null, year, null, null, null, platform, stage, null);
	}

	/**
	 * A share (percent, negative to count out) of a zone counted in the corridor from a
	 * year.
	 */
	public static Assumption boundary(String zone, int year, BigDecimal share) {
		return new Assumption(AssumptionKind.BOUNDARY, null, zone, year, share, null, null, null, null, null);
	}

	/** The same landing of the candidate firm the list now numbers {@code id}. */
	Assumption withCandidate(long id) {
		return new Assumption(this.kind, this.indicator, this.zone, this.year, this.rate, id, this.candidateName,
				this.platform, this.stage, this.note);
	}

	/** The same assumption with the candidate firm's name as it is now. */
	public Assumption withCandidateName(String name) {
		return new Assumption(this.kind, this.indicator, this.zone, this.year, this.rate, this.candidate, name,
				this.platform, this.stage, this.note);
	}

	/** The same assumption with a note. */
	public Assumption withNote(String text) {
		return new Assumption(this.kind, this.indicator, this.zone, this.year, this.rate, this.candidate,
				this.candidateName, this.platform, this.stage, text);
	}

	/**
	 * Whether a growth rate of an indicator in this unit is in percentage points a year
	 * (a share or rate stated in percent: 20 % growing by 1 point is 21 %) rather than
	 * percent a year of the figure.
	 */
	public static boolean growsInPoints(String unitZh) {
		return unitZh != null && (unitZh.contains("%") || unitZh.contains("‰") || unitZh.contains("百分点"));
	}

	/**
	 * The same content, ignoring the candidate's name as saved (for "unchanged" checks).
	 */
	boolean sameAs(Assumption other) {
		return this.kind == other.kind && Objects.equals(this.indicator, other.indicator)
				&& Objects.equals(this.zone, other.zone) && this.year == other.year
				&& ((this.rate == null) ? other.rate == null
						: other.rate != null && this.rate.compareTo(other.rate) == 0)
				&& Objects.equals(this.candidate, other.candidate) && Objects.equals(this.platform, other.platform)
				&& Objects.equals(this.stage, other.stage) && Objects.equals(this.note, other.note);
	}

}
