package org.corridor.observatory.registry;

import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.geo.ZoneIndex;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reassigns the located points of a registry table (firms, platforms) to the zones of an
 * index: page by page in key order, so that memory stays bounded whatever the registry's
 * size, each point's zones computed again and written, as JDBC batches, only where they
 * differ from the stored ones. Points without a position keep their zones. Runs in the
 * caller's transaction.
 */
public final class ZoneReassignment {

	/** Points read, and at most as many written, per round trip. */
	public static final int PAGE = 10_000;

	private ZoneReassignment() {
	}

	/**
	 * @param table the registry table, with columns {@code plan_id}, {@code lon},
	 * {@code lat} and {@code zones}
	 * @param key the table's key within a plan, a text column
	 */
	public static Result reassign(JdbcTemplate template, String table, String key, String planId, ZoneIndex index) {
		// plan_id, fixed, is in the order so that H2 reads the key's index in order and
		// stops after the page, instead of sorting every point of the plan for each page.
		String select = "select " + key + ", lon, lat, zones from " + table + " where plan_id = ? and " + key
				+ " > ? and lon is not null order by plan_id, " + key + " fetch first " + PAGE + " rows only";
		String update = "update " + table + " set zones = ? where plan_id = ? and " + key + " = ?";
		long located = 0;
		long changed = 0;
		String after = "";
		while (true) {
			List<String[]> writes = new ArrayList<>();
			List<String> keys = new ArrayList<>(PAGE);
			template.query(select, (rs) -> {
				String code = rs.getString(1);
				keys.add(code);
				String zones = String.join(",", index.codesAt(rs.getDouble(2), rs.getDouble(3)));
				if (!zones.equals(rs.getString(4))) {
					writes.add(new String[] { zones, code });
				}
			}, planId, after);
			if (keys.isEmpty()) {
				break;
			}
			template.batchUpdate(update, writes, writes.size(), (ps, write) -> {
				ps.setString(1, write[0]);
				ps.setString(2, planId);
				ps.setString(3, write[1]);
			});
			located += keys.size();
			changed += writes.size();
			if (keys.size() < PAGE) {
				break;
			}
			after = keys.get(keys.size() - 1);
		}
		return new Result(located, changed);
	}

	/**
	 * What a reassignment did.
	 *
	 * @param located the points with a position
	 * @param changed those whose zones changed
	 */
	public record Result(long located, long changed) {
	}

}
