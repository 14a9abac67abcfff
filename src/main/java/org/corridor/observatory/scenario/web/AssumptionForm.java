package org.corridor.observatory.scenario.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.scenario.Assumption;
import org.corridor.observatory.scenario.AssumptionKind;
import org.corridor.observatory.scenario.ScenarioDraft;
import org.corridor.observatory.scenario.ScenarioVersion;

/**
 * The scenario page's form: name, description, note and one row per assumption, each with
 * a kind and the fields it uses; a row without a kind, or marked to remove, is left out.
 * A number that is not one is kept as written so the page can say so.
 */
public class AssumptionForm {

	/** Blank rows the page offers for new assumptions. */
	static final int BLANK_ROWS = 3;

	private String name;

	private String description;

	private String note;

	private List<Line> rows = new ArrayList<>();

	static AssumptionForm of(ScenarioVersion version) {
		AssumptionForm form = new AssumptionForm();
		form.name = version.name();
		form.description = version.description();
		for (Assumption a : version.assumptions()) {
			Line line = new Line();
			line.kind = a.kind().name();
			line.indicator = a.indicator();
			line.zone = a.zone();
			line.year = String.valueOf(a.year());
			line.rate = (a.rate() != null) ? a.rate().toPlainString() : null;
			line.candidate = (a.candidate() != null) ? a.candidate().toString() : null;
			line.platform = a.platform();
			line.stage = a.stage();
			line.note = a.note();
			form.rows.add(line);
		}
		return form.withBlankRows();
	}

	AssumptionForm withBlankRows() {
		List<Line> kept = new ArrayList<>(this.rows.stream().filter((l) -> !l.isBlank() && !l.remove).toList());
		for (int i = 0; i < BLANK_ROWS; i++) {
			kept.add(new Line());
		}
		this.rows = kept;
		return this;
	}

	/** The draft the form states; a field that does not read is reported by the check. */
	ScenarioDraft draft(List<Integer> numbers) {
		List<Assumption> assumptions = new ArrayList<>();
		int number = 0;
		for (Line line : this.rows) {
			number++;
			if (line.isBlank() || line.remove) {
				continue;
			}
			assumptions.add(new Assumption(AssumptionKind.of(line.kind), blank(line.indicator), blank(line.zone),
					whole(line.year), decimal(line.rate),
					(whole(line.candidate) != 0) ? (long) whole(line.candidate) : null, null, blank(line.platform),
					blank(line.stage), blank(line.note)));
			numbers.add(number);
		}
		return new ScenarioDraft(this.name, this.description, this.note, assumptions);
	}

	/** Rows whose numbers do not read: (row, field) pairs for the page to point at. */
	List<String[]> unreadable() {
		List<String[]> bad = new ArrayList<>();
		int number = 0;
		for (Line line : this.rows) {
			number++;
			if (line.isBlank() || line.remove) {
				continue;
			}
			if (!reads(line.year, true)) {
				bad.add(new String[] { String.valueOf(number), "year", line.year });
			}
			if (!reads(line.rate, false)) {
				bad.add(new String[] { String.valueOf(number), "rate", line.rate });
			}
		}
		return bad;
	}

	private static boolean reads(String text, boolean whole) {
		if (text == null || text.isBlank()) {
			return true;
		}
		try {
			BigDecimal number = new BigDecimal(text.strip());
			if (whole) {
				number.intValueExact();
			}
			return true;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return false;
		}
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static int whole(String text) {
		try {
			return (text == null || text.isBlank()) ? 0 : new BigDecimal(text.strip()).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return 0;
		}
	}

	private static BigDecimal decimal(String text) {
		try {
			return (text == null || text.isBlank()) ? null : new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Line> getRows() {
		return this.rows;
	}

	public void setRows(List<Line> rows) {
		this.rows = rows;
	}

	/** One assumption's row as the form sends it. */
	public static class Line {

		private String kind;

		private String indicator;

		private String zone;

		private String year;

		private String rate;

		private String candidate;

		private String platform;

		private String stage;

		private String note;

		private boolean remove;

		boolean isBlank() {
			return this.kind == null || this.kind.isBlank() || AssumptionKind.of(this.kind) == null;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getIndicator() {
			return this.indicator;
		}

		public void setIndicator(String indicator) {
			this.indicator = indicator;
		}

		public String getZone() {
			return this.zone;
		}

		public void setZone(String zone) {
			this.zone = zone;
		}

		public String getYear() {
			return this.year;
		}

		public void setYear(String year) {
			this.year = year;
		}

		public String getRate() {
			return this.rate;
		}

		public void setRate(String rate) {
			this.rate = rate;
		}

		public String getCandidate() {
			return this.candidate;
		}

		public void setCandidate(String candidate) {
			this.candidate = candidate;
		}

		public String getPlatform() {
			return this.platform;
		}

		public void setPlatform(String platform) {
			this.platform = platform;
		}

		public String getStage() {
			return this.stage;
		}

		public void setStage(String stage) {
			this.stage = stage;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
