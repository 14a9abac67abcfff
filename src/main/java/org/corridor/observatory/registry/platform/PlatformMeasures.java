package org.corridor.observatory.registry.platform;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corridor.observatory.plan.IndicatorQuery;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlatformStatus;
import org.corridor.observatory.registry.RegistryMeasures;

import org.springframework.stereotype.Component;

/**
 * Computed indicators over the platform registry. A platform counts in a year when it
 * matches every filter on 31 December of that year: its type, level and domains as
 * registered, its zones containing the query's zone and the evaluated one (the plan's
 * root zone matches every platform), and, for a status filter, a stage on or after that
 * status on its path reached by then (an accredited platform is operating; it has not
 * been evaluated), in or after the query's {@code since} year when it gives one. Without
 * a status filter a platform counts from the first stage it reached, and a platform with
 * no dated stage in every year. A year has a figure when the registry holds any platform
 * and the year has begun. A share is the count over the count of all platforms of the
 * evaluated zone, as a ratio.
 */
@Component
class PlatformMeasures implements RegistryMeasures {

	private final PlatformStore store;

	private final PlatformRegistry registry;

	PlatformMeasures(PlatformStore store, PlatformRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	@Override
	public IndicatorQuery.Subject subject() {
		return IndicatorQuery.Subject.PLATFORMS;
	}

	@Override
	public List<Measured> series(Plan plan, IndicatorQuery query, String zone, int from, int to) {
		List<Platform> platforms = this.store.listPlatforms(plan.id());
		List<Measured> series = new ArrayList<>();
		if (platforms.isEmpty()) {
			return series;
		}
		int last = Math.min(to, this.registry.today().getYear());
		for (int year = from; year <= last; year++) {
			LocalDate end = LocalDate.of(year, 12, 31);
			List<Platform> all = platforms.stream().filter((p) -> inZone(plan, p, zone) && exists(p, end)).toList();
			List<Platform> matched = all.stream().filter((p) -> matches(plan, query, p, end)).toList();
			BigDecimal value = BigDecimal.valueOf(matched.size());
			if (query.measure() == IndicatorQuery.Measure.SHARE) {
				if (all.isEmpty()) {
					continue;
				}
				value = value.divide(BigDecimal.valueOf(all.size()), MathContext.DECIMAL64).stripTrailingZeros();
			}
			series.add(new Measured(year, value, matched.stream().anyMatch(Platform::demo), matched.size()));
		}
		return series;
	}

	@Override
	public Records records(Plan plan, IndicatorQuery query, String zone, int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		List<Platform> matched = this.store.listPlatforms(plan.id())
			.stream()
			.filter((p) -> inZone(plan, p, zone) && exists(p, end) && matches(plan, query, p, end))
			.toList();
		List<Record> records = matched.stream()
			.limit(RECORD_LIMIT)
			.map((p) -> new Record(p.code(), p.name(), null, p.demo()))
			.toList();
		return new Records(year, matched.size(), records, matched.stream().anyMatch(Platform::demo));
	}

	private static boolean matches(Plan plan, IndicatorQuery query, Platform platform, LocalDate end) {
		if (!query.types().isEmpty() && !query.types().contains(platform.type())) {
			return false;
		}
		if (query.level() != null && !query.level().equals(platform.level())) {
			return false;
		}
		if (query.domain() != null && !platform.domains().contains(query.domain())) {
			return false;
		}
		if (!inZone(plan, platform, query.zone())) {
			return false;
		}
		if (query.status() == null) {
			return true;
		}
		// the day it reached the status, or the first later stage on its path that shows
		// it did
		LocalDate reached = PlatformStatus.of(query.status())
			.reachedThrough()
			.stream()
			.map(platform::reached)
			.filter((day) -> day != null)
			.min(LocalDate::compareTo)
			.orElse(null);
		return reached != null && !reached.isAfter(end)
				&& (query.since() == null || reached.getYear() >= query.since());
	}

	private static boolean exists(Platform platform, LocalDate end) {
		return platform.stages().isEmpty() || platform.stages().values().stream().anyMatch((day) -> !day.isAfter(end));
	}

	private static boolean inZone(Plan plan, Platform platform, String zone) {
		return zone == null || zone.equals(plan.rootZone().code()) || platform.zones().contains(zone);
	}

}
