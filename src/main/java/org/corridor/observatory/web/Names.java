package org.corridor.observatory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.observatory.monitor.RollUpCalculator;
import org.corridor.observatory.plan.HasLabel;
import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.Item;
import org.corridor.observatory.plan.ItemKind;
import org.corridor.observatory.plan.LocalizedText;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlatformLevel;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.plan.ZoneLevel;

/**
 * The one way a page or an export turns a code into what the user calls it (用户的说法): a
 * zone, chain, segment, tier, platform type, domain, indicator, goal or category by its
 * name in the plan, a level or status by its label, in the page's language. A code the
 * plan does not know is shown as it is, so nothing is hidden; pages may show the code
 * beside the name as a secondary column marked {@code class="code"}.
 */
public final class Names {

	/** The roll-up group of indicators that name no goal or category. */
	static final LocalizedText NO_GROUP = LocalizedText.of("未归入目标或类别", "no goal or category");

	private static final Pattern CODE = Pattern
		.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])");

	private final Plan plan;

	private final Locale locale;

	/**
	 * The name maps of the plans seen lately: a plan's are built once, not per page view.
	 */
	private static final Map<Plan, Lookup> LOOKUPS = Collections.synchronizedMap(new WeakHashMap<>());

	private final Map<String, LocalizedText> byCode;

	private final Map<ItemKind, Map<String, LocalizedText>> byKind;

	public Names(Plan plan, Locale locale) {
		this.plan = plan;
		this.locale = locale;
		Lookup lookup = LOOKUPS.computeIfAbsent(plan, Lookup::new);
		this.byCode = lookup.byCode;
		this.byKind = lookup.byKind;
	}

	/** A plan's codes and their names, by kind and all together. */
	private static final class Lookup {

		private final Map<String, LocalizedText> byCode = new HashMap<>();

		private final Map<ItemKind, Map<String, LocalizedText>> byKind = new EnumMap<>(ItemKind.class);

		Lookup(Plan plan) {
			for (ItemKind kind : ItemKind.values()) {
				Map<String, LocalizedText> names = new HashMap<>();
				for (Item item : plan.listItems(kind)) {
					names.put(item.code(), item.name());
					this.byCode.putIfAbsent(item.code(), item.name());
				}
				this.byKind.put(kind, names);
			}
			plan.listGoals().forEach((goal) -> this.byCode.putIfAbsent(goal.code(), goal.name()));
			plan.listCategories().forEach((category) -> this.byCode.putIfAbsent(category.code(), category.name()));
			plan.listIndicators().forEach((indicator) -> this.byCode.put(indicator.code().value(), indicator.name()));
			plan.listZones().forEach((zone) -> this.byCode.put(zone.code(), zone.name()));
		}

	}

	/** Whether the names are English. */
	public boolean english() {
		return "en".equals(this.locale.getLanguage());
	}

	/** A text in the page's language. */
	public String in(LocalizedText text) {
		return (text != null) ? text.in(this.locale) : "—";
	}

	/** A level, status or role by its label. */
	public String of(HasLabel labelled) {
		return (labelled != null) ? in(labelled.label()) : "—";
	}

	/** A zone's name, or its code when the plan has no such zone. */
	public String zone(String code) {
		return this.plan.findZone(code).map((zone) -> zone.name().in(this.locale)).orElse(orDash(code));
	}

	/** Zones' names, joined with the page's list separator. */
	public String zones(List<String> codes) {
		return String.join(english() ? ", " : "、", codes.stream().map(this::zone).toList());
	}

	/** An item of the plan's structure of a known kind: a chain, segment, tier, type … */
	public String item(ItemKind kind, String code) {
		LocalizedText name = this.byKind.getOrDefault(kind, Map.of()).get(code);
		return (name != null) ? name.in(this.locale) : orDash(code);
	}

	/** A chain's name. */
	public String chain(String code) {
		return item(ItemKind.CHAIN, code);
	}

	/** A segment's name. */
	public String segment(String code) {
		return item(ItemKind.SEGMENT, code);
	}

	/** An enterprise tier's name (专精特新 …). */
	public String tier(String code) {
		return item(ItemKind.ENTERPRISE_TIER, code);
	}

	/** A platform type's name. */
	public String platformType(String code) {
		return item(ItemKind.PLATFORM_TYPE, code);
	}

	/** A platform level named by its code ({@code national}). */
	public String platformLevel(String code) {
		PlatformLevel level = (code != null) ? PlatformLevel.of(code) : null;
		return (level != null) ? of(level) : orDash(code);
	}

	/** A platform stage named by its code ({@code under_construction}). */
	public String platformStatus(String code) {
		PlatformStatus status = (code != null) ? PlatformStatus.of(code) : null;
		return (status != null) ? of(status) : orDash(code);
	}

	/** A zone level named by its key ({@code circle}). */
	public String zoneLevel(String key) {
		return Arrays.stream(ZoneLevel.values())
			.filter((level) -> level.key().equalsIgnoreCase(key))
			.findFirst()
			.map(this::of)
			.orElse(orDash(key));
	}

	/** A roll-up group: a goal, a category, or the indicators that name neither. */
	public String group(String key) {
		if (RollUpCalculator.NONE.equals(key)) {
			return in(NO_GROUP);
		}
		return find(key).orElse(orDash(key));
	}

	/**
	 * Whatever the plan calls this code (zone, indicator, item, goal, category), if it
	 * knows it.
	 */
	public Optional<String> find(String code) {
		return Optional.ofNullable((code != null) ? this.byCode.get(code) : null).map((name) -> name.in(this.locale));
	}

	/** Any code the plan knows, by its name; else the code as it is. */
	public String any(String code) {
		return find(code).orElse(orDash(code));
	}

	/**
	 * A note of the pack in which codes of the plan (zones, chains, tiers …) are replaced
	 * by their names, as a reader writes them.
	 */
	public String prose(String text) {
		if (text == null) {
			return "";
		}
		Matcher matcher = CODE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String code = matcher.group();
			matcher.appendReplacement(out, Matcher.quoteReplacement(find(code).map((n) -> "“" + n + "”").orElse(code)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * A value of a replaced record in words: a platform type, level, domains or zones by
	 * name; dates, names and numbers as they are.
	 */
	public String field(String key, String value) {
		if (value == null) {
			return "";
		}
		return switch (key) {
			case "type", "aspires_to" -> platformType(value);
			case "level" -> platformLevel(value);
			case "domains" -> String.join(english() ? ", " : "、",
					Arrays.stream(value.split(",")).map((code) -> item(ItemKind.DOMAIN, code)).toList());
			case "zones" -> zones(Arrays.asList(value.split(",")));
			case "crs" -> value.toUpperCase(Locale.ROOT);
			default -> value;
		};
	}

	/**
	 * How a computed indicator is worked out, in words: what is counted or summed, over
	 * which registry, with every filter by name ("计数:创新平台,类型为 国家技术创新中心 …").
	 */
	public String query(IndicatorQuery query) {
		boolean en = english();
		List<String> filters = new ArrayList<>();
		if (!query.types().isEmpty()) {
			filters.add((en ? "type " : "类型为 ")
					+ String.join(en ? " or " : "或", query.types().stream().map(this::platformType).toList()));
		}
		if (query.level() != null) {
			filters.add((en ? "level " : "级别为 ") + platformLevel(query.level()));
		}
		if (query.status() != null) {
			filters.add((en ? "reached " : "已达到 ") + platformStatus(query.status()));
		}
		if (query.since() != null) {
			filters.add(en ? "from " + query.since() : query.since() + " 年起");
		}
		if (query.domain() != null) {
			filters.add((en ? "domain " : "领域为 ") + item(ItemKind.DOMAIN, query.domain()));
		}
		if (query.chain() != null) {
			filters.add((en ? "on the chain " : "属于产业链 ") + chain(query.chain()));
		}
		if (query.segment() != null) {
			filters.add((en ? "in the segment " : "属于环节 ") + segment(query.segment()));
		}
		if (query.tier() != null) {
			filters.add((en ? "holding the tier " : "具有梯队 ") + tier(query.tier()));
		}
		if (query.zone() != null) {
			filters.add((en ? "in " : "位于 ") + zone(query.zone()));
		}
		if (query.industry() != null) {
			filters.add((en ? "industry code starting " : "行业代码以 ") + query.industry() + (en ? "" : " 开头"));
		}
		String registry = (query.subject() == IndicatorQuery.Subject.PLATFORMS) ? (en ? "platforms" : "创新平台")
				: (en ? "firms" : "企业");
		String figure = (query.figure() != null) ? in(FIGURES.get(query.figure())) : null;
		String what = switch (query.measure()) {
			case COUNT -> en ? "number of " + registry : registry + "数";
			case SUM -> en ? "sum of the " + figure + " of " + registry : registry + figure + "合计";
			case SHARE ->
				(figure != null) ? (en ? "share of all " + registry + "' " + figure : "占全部" + registry + figure + "的比重")
						: (en ? "share of all " + registry : "占全部" + registry + "的比重");
		};
		return filters.isEmpty() ? what : what + (en ? ": " : ":") + String.join(en ? "; " : ";", filters);
	}

	private static final Map<IndicatorQuery.Figure, LocalizedText> FIGURES = Map.of(IndicatorQuery.Figure.REVENUE,
			LocalizedText.of("营业收入", "revenue"), IndicatorQuery.Figure.RD_SPENDING,
			LocalizedText.of("研发经费", "R&D spending"), IndicatorQuery.Figure.EMPLOYEES,
			LocalizedText.of("从业人员", "employees"), IndicatorQuery.Figure.INVENTION_PATENTS,
			LocalizedText.of("发明专利", "invention patents"));

	private static String orDash(String code) {
		return (code != null && !code.isBlank()) ? code : "—";
	}

}
