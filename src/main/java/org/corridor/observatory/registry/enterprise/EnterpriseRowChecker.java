package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.geo.LocationCells;
import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.IndustryCells;
import org.corridor.observatory.registry.IndustryCode;
import org.corridor.observatory.registry.InvalidUsccException;
import org.corridor.observatory.registry.Uscc;
import org.corridor.observatory.tabular.Column;
import org.corridor.observatory.tabular.FigureCells;
import org.corridor.observatory.tabular.Header;
import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.Reporter;
import org.corridor.observatory.tabular.SheetRow;

/**
 * Checks one row of an enterprise file field by field, reporting every problem with its
 * row, column and value, and keeps what it could read of the row's identity (code, name,
 * industry, year) for the checks across rows even when other fields are bad.
 */
final class EnterpriseRowChecker implements Reporter {

	private static final LocationCells.Columns LOCATION = new LocationCells.Columns(EnterpriseColumn.LON,
			EnterpriseColumn.LAT, EnterpriseColumn.CRS);

	private final Header header;

	private final EnterpriseFileReader.Settings settings;

	private final List<ImportProblem> problems;

	private SheetRow row;

	private boolean bad;

	Uscc uscc;

	String name;

	String nameKey;

	IndustryCode industry;

	/** The industry cell as written. */
	String industryText;

	Integer year;

	/** Whether {@link #year} is the row's year: read, or the cell left blank. */
	boolean yearKnown;

	EnterpriseRowChecker(Header header, EnterpriseFileReader.Settings settings, List<ImportProblem> problems) {
		this.header = header;
		this.settings = settings;
		this.problems = problems;
	}

	/** The row as read, or null when any of its fields is bad (all of them reported). */
	EnterpriseRow check(SheetRow row) {
		this.row = row;
		this.bad = false;
		this.uscc = uscc(cell(EnterpriseColumn.USCC));
		this.name = cell(EnterpriseColumn.NAME);
		this.nameKey = ChineseNames.key(this.name);
		if (this.nameKey.isEmpty()) {
			reject(EnterpriseColumn.NAME, this.name, "企业名称不能为空", "the name is empty");
			this.nameKey = null;
		}
		this.industryText = cell(EnterpriseColumn.INDUSTRY);
		this.industry = industry(this.industryText);
		List<String> chains = this.settings.chains()
			.parse(cell(EnterpriseColumn.CHAINS), EnterpriseColumn.CHAINS, this);
		List<String> segments = this.settings.segments()
			.parse(cell(EnterpriseColumn.SEGMENTS), EnterpriseColumn.SEGMENTS, this);
		Crs fileCrs = this.settings.fileCrs();
		LocationCells.Located located = LocationCells.parse(cell(EnterpriseColumn.LON), cell(EnterpriseColumn.LAT),
				cell(EnterpriseColumn.CRS), fileCrs, LOCATION, this);
		LocalDate today = this.settings.today();
		List<TierEvent> tiers = TierCells.parse(cell(EnterpriseColumn.TIERS), this.settings.tiers(), today, this);
		EnterpriseFigures figures = figures();
		if (this.bad) {
			return null;
		}
		return new EnterpriseRow(this.uscc, this.name, this.nameKey, this.industry, chains, segments,
				(located != null) ? located.wgs84() : null, (located != null) ? located.crs() : null,
				(located != null) ? located.lon() : null, (located != null) ? located.lat() : null, tiers, figures,
				row.number());
	}

	private Uscc uscc(String text) {
		// Checked once, by the code itself (a valid code is the rule: a refused one may
		// cost an exception).
		try {
			return new Uscc(Uscc.normalise(text));
		}
		catch (InvalidUsccException ex) {
			reject(EnterpriseColumn.USCC, text, ex.zh(), ex.en());
			return null;
		}
	}

	private IndustryCode industry(String text) {
		return IndustryCells.parseClass(text, EnterpriseColumn.INDUSTRY, this);
	}

	private EnterpriseFigures figures() {
		String yearText = cell(EnterpriseColumn.YEAR);
		this.year = FigureCells.year(yearText, this.settings.currentYear(), EnterpriseColumn.YEAR, this);
		this.yearKnown = this.year != null || yearText.isEmpty();
		BigDecimal revenue = FigureCells.money(cell(EnterpriseColumn.REVENUE), EnterpriseColumn.REVENUE, this);
		BigDecimal rd = FigureCells.money(cell(EnterpriseColumn.RD_SPENDING), EnterpriseColumn.RD_SPENDING, this);
		Integer employees = FigureCells.count(cell(EnterpriseColumn.EMPLOYEES), EnterpriseColumn.EMPLOYEES, this);
		Integer patents = FigureCells.count(cell(EnterpriseColumn.INVENTION_PATENTS),
				EnterpriseColumn.INVENTION_PATENTS, this);
		boolean anyFigure = !(cell(EnterpriseColumn.REVENUE).isEmpty() && cell(EnterpriseColumn.RD_SPENDING).isEmpty()
				&& cell(EnterpriseColumn.EMPLOYEES).isEmpty() && cell(EnterpriseColumn.INVENTION_PATENTS).isEmpty());
		if (yearText.isEmpty() && anyFigure) {
			reject(EnterpriseColumn.YEAR, yearText, "填写了年度数据，但没有填年度", "figures are given without a year");
		}
		return (this.year != null) ? new EnterpriseFigures(this.year, revenue, rd, employees, patents) : null;
	}

	private String cell(EnterpriseColumn column) {
		return this.header.cell(this.row, column);
	}

	@Override
	public void reject(Column column, String value, String zh, String en) {
		this.problems.add(this.header.problem(this.row, column, value, zh, en));
		this.bad = true;
	}

}
