package org.corridor.observatory.registry.ladder;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.Corridor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The enterprise cultivation ladder (梯队培育漏斗): the plan's tiers ordered along their
 * {@code next} references, with how many firms hold each at the end of a year, how many
 * gained and lost it in the year, and the conversion from one rung to the next. Every
 * count is an SQL aggregate, so the report stays cheap on a registry of many firms. A
 * tier is held at the end of a year when it was gained on or before 31 December and not
 * lost by then (lost is null or after 31 December).
 */
@Service
public class CultivationLadder {

	private final PlanCatalog catalog;

	private final JdbcTemplate template;

	CultivationLadder(PlanCatalog catalog, JdbcTemplate template) {
		this.catalog = catalog;
		this.template = template;
	}

	/**
	 * The ladder of a plan in a year.
	 * @param planId the plan
	 * @param year the year
	 * @param zoneCode a zone the firms must be located in, or null (or the root zone) for
	 * every firm of the registry
	 * @return the report
	 */
	public LadderReport report(String planId, int year, String zoneCode) {
		Plan plan = this.catalog.getPlan(planId);
		String zone = (zoneCode == null || zoneCode.isBlank()) ? null : plan.getZone(zoneCode.trim()).code();
		// the corridor holds every registered firm, located or not (Corridor)
		String within = Corridor.holdsEveryFirm(plan, zone) ? null : zone;
		List<Item> tiers = plan.listItems(ItemKind.ENTERPRISE_TIER);
		Map<String, Item> byCode = new LinkedHashMap<>();
		tiers.forEach((tier) -> byCode.put(tier.code(), tier));
		Set<String> ladder = new HashSet<>();
		List<Item> ordered = order(tiers, byCode, ladder);
		Date end = Date.valueOf(LocalDate.of(year, 12, 31));
		Date previousEnd = Date.valueOf(LocalDate.of(year - 1, 12, 31));
		Map<String, long[]> counts = counts(plan.id(), within, end, previousEnd);
		Map<String, long[]> previous = held(plan.id(), within, previousEnd);
		boolean demo = counts.values().stream().anyMatch((row) -> row[3] > 0);
		List<LadderReport.TierCount> tierCounts = new ArrayList<>();
		for (Item tier : ordered) {
			long[] row = counts.getOrDefault(tier.code(), new long[4]);
			tierCounts.add(new LadderReport.TierCount(tier.code(), tier.name(), ladder.contains(tier.code()), row[0],
					row[1], row[2]));
		}
		List<LadderReport.Transition> transitions = new ArrayList<>();
		for (Item from : ordered) {
			for (String next : from.references("next")) {
				Item to = byCode.get(next);
				if (to == null) {
					continue;
				}
				long[] base = previous.getOrDefault(from.code(), new long[2]);
				demo |= base[1] > 0;
				long[] moved = moved(plan.id(), within, from.code(), to.code(), end, previousEnd);
				demo |= moved[1] > 0;
				List<LadderReport.Firm> firms = (moved[0] > 0)
						? movedFirms(plan.id(), within, from.code(), to.code(), end, previousEnd) : List.of();
				Double rate = (base[0] > 0) ? (double) moved[0] / base[0] : null;
				transitions.add(new LadderReport.Transition(from.code(), from.name(), to.code(), to.name(), base[0],
						moved[0], rate, firms));
			}
		}
		return new LadderReport(plan.id(), year, zone, demo, tierCounts, transitions);
	}

	/**
	 * The tiers in ladder order: the roots of the ladder first (tiers on it that no tier
	 * names as next), then breadth-first along {@code next}; tiers off the ladder last,
	 * in the plan's order.
	 */
	static List<Item> order(List<Item> tiers, Map<String, Item> byCode, Set<String> ladder) {
		Set<String> referenced = new HashSet<>();
		for (Item tier : tiers) {
			for (String next : tier.references("next")) {
				if (byCode.containsKey(next)) {
					referenced.add(next);
					ladder.add(next);
					ladder.add(tier.code());
				}
			}
		}
		List<Item> ordered = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Deque<Item> queue = new ArrayDeque<>();
		for (Item tier : tiers) {
			if (ladder.contains(tier.code()) && !referenced.contains(tier.code())) {
				queue.add(tier);
				seen.add(tier.code());
			}
		}
		while (!queue.isEmpty()) {
			Item tier = queue.poll();
			ordered.add(tier);
			for (String next : tier.references("next")) {
				Item item = byCode.get(next);
				if (item != null && seen.add(next)) {
					queue.add(item);
				}
			}
		}
		for (Item tier : tiers) {
			if (seen.add(tier.code())) {
				ordered.add(tier);
			}
		}
		return ordered;
	}

	/**
	 * Per tier: held at the end, gained in the year, lost in the year, demo firms
	 * counted.
	 */
	private Map<String, long[]> counts(String planId, String zone, Date end, Date previousEnd) {
		String held = "t.gained <= ? and (t.lost is null or t.lost > ?)";
		String gained = "t.gained > ? and t.gained <= ?";
		String lost = "t.lost > ? and t.lost <= ?";
		List<Object> args = new ArrayList<>(
				List.of(end, end, previousEnd, end, previousEnd, end, end, end, previousEnd, end, previousEnd, end));
		StringBuilder sql = new StringBuilder("select t.tier, count(distinct case when " + held
				+ " then t.uscc end), count(distinct case when " + gained + " then t.uscc end),"
				+ " count(distinct case when " + lost + " then t.uscc end)," + " sum(case when e.demo and ((" + held
				+ ") or (" + gained + ") or (" + lost + ")) then 1 else 0 end)"
				+ " from enterprise_tier t join enterprise e on e.plan_id = t.plan_id and e.uscc = t.uscc"
				+ " where t.plan_id = ? and t.gained <= ? and (t.lost is null or t.lost > ?)");
		args.add(planId);
		args.add(end);
		args.add(previousEnd);
		zone(sql, args, zone);
		sql.append(" group by t.tier");
		Map<String, long[]> counts = new HashMap<>();
		this.template.query(sql.toString(), (rs) -> {
			counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) });
		}, args.toArray());
		return counts;
	}

	/** Per tier: firms holding it at a date, and demo firms among them. */
	private Map<String, long[]> held(String planId, String zone, Date date) {
		List<Object> args = new ArrayList<>(List.of(planId, date, date));
		StringBuilder sql = new StringBuilder(
				"select t.tier, count(distinct t.uscc)," + " sum(case when e.demo then 1 else 0 end)"
						+ " from enterprise_tier t join enterprise e on e.plan_id = t.plan_id and e.uscc = t.uscc"
						+ " where t.plan_id = ? and t.gained <= ? and (t.lost is null or t.lost > ?)");
		zone(sql, args, zone);
		sql.append(" group by t.tier");
		Map<String, long[]> held = new HashMap<>();
		this.template.query(sql.toString(), (rs) -> {
			held.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
		}, args.toArray());
		return held;
	}

	private long[] moved(String planId, String zone, String from, String to, Date end, Date previousEnd) {
		List<Object> args = new ArrayList<>();
		String sql = movedFrom(planId, zone, from, to, end, previousEnd, args);
		return this.template.queryForObject(
				"select count(distinct a.uscc), coalesce(sum(case when e.demo then 1 else 0 end), 0)" + sql,
				(rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, args.toArray());
	}

	private List<LadderReport.Firm> movedFirms(String planId, String zone, String from, String to, Date end,
			Date previousEnd) {
		List<Object> args = new ArrayList<>();
		String sql = movedFrom(planId, zone, from, to, end, previousEnd, args);
		args.add(LadderReport.FIRM_LIMIT);
		return this.template.query("select distinct a.uscc, e.name" + sql + " order by a.uscc fetch first ? rows only",
				(rs, row) -> new LadderReport.Firm(rs.getString(1), rs.getString(2)), args.toArray());
	}

	private static String movedFrom(String planId, String zone, String from, String to, Date end, Date previousEnd,
			List<Object> args) {
		StringBuilder sql = new StringBuilder(
				" from enterprise_tier a" + " join enterprise e on e.plan_id = a.plan_id and e.uscc = a.uscc"
						+ " where a.plan_id = ? and a.tier = ? and a.gained <= ? and (a.lost is null or a.lost > ?)"
						+ " and exists (select 1 from enterprise_tier b where b.plan_id = a.plan_id and b.uscc = a.uscc"
						+ " and b.tier = ? and b.gained > ? and b.gained <= ?)");
		args.addAll(List.of(planId, from, previousEnd, previousEnd, to, previousEnd, end));
		zone(sql, args, zone);
		return sql.toString();
	}

	private static void zone(StringBuilder sql, List<Object> args, String zone) {
		if (zone != null) {
			sql.append(" and (',' || e.zones || ',') like ? escape '!'");
			args.add("%," + zone.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%");
		}
	}

}
