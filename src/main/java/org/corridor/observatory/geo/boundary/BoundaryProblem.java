package org.corridor.observatory.geo.boundary;

/**
 * One reason a boundary file cannot be imported, located the way the person who made the
 * file sees it: which feature, which attribute or part, which value.
 *
 * @param feature the feature as {@code #n} (1-based, in file order) followed by its name
 * when it has one, e.g. {@code #2 西湖区}; null when the problem concerns the file as a
 * whole
 * @param field the attribute or part at fault ({@code zone_code}, {@code geometry},
 * {@code crs}, {@code .prj}, …), or null
 * @param value the offending value as written, or null when there is none
 * @param zh the reason in Chinese
 * @param en the reason in English
 */
public record BoundaryProblem(String feature, String field, String value, String zh, String en) {

	public static BoundaryProblem ofFile(String field, String value, String zh, String en) {
		return new BoundaryProblem(null, field, value, zh, en);
	}

	@Override
	public String toString() {
		StringBuilder where = new StringBuilder();
		if (this.feature != null) {
			where.append("要素 / feature ").append(this.feature);
		}
		if (this.field != null) {
			where.append((where.length() > 0) ? ", " : "").append("[").append(this.field).append("]");
		}
		if (this.value != null && !this.value.isEmpty()) {
			where.append(" \"").append(this.value).append("\"");
		}
		return ((where.length() > 0) ? where + ": " : "") + this.zh + " / " + this.en;
	}

}
