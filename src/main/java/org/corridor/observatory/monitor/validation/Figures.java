package org.corridor.observatory.monitor.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.corridor.observatory.monitor.imports.ObservationRecord;

/**
 * The figures a validation looks at: indicator, zone, year → value. Built from the
 * published figures with the figures being submitted laid over them.
 */
public final class Figures {

	private final Map<Key, BigDecimal> values = new HashMap<>();

	/**
	 * Where a figure is: indicator, zone, year.
	 *
	 * @param indicator the indicator code
	 * @param zone the zone code
	 * @param year the year
	 */
	public record Key(String indicator, String zone, int year) {
	}

	public Figures put(String indicator, String zone, int year, BigDecimal value) {
		if (value != null) {
			this.values.put(new Key(indicator, zone, year), value);
		}
		return this;
	}

	public Figures put(ObservationRecord record) {
		return put(record.indicatorCode(), record.zoneCode(), record.year(), record.value());
	}

	public BigDecimal find(String indicator, String zone, int year) {
		return this.values.get(new Key(indicator, zone, year));
	}

	/** The years any figure of {@code indicator} is for. */
	public Set<Integer> years(String indicator) {
		Set<Integer> years = new TreeSet<>();
		this.values.keySet()
			.stream()
			.filter((key) -> key.indicator().equals(indicator))
			.forEach((key) -> years.add(key.year()));
		return years;
	}

	/** The zones with a figure of {@code indicator} in {@code year}. */
	public Set<String> zones(String indicator, int year) {
		Set<String> zones = new TreeSet<>();
		this.values.keySet()
			.stream()
			.filter((key) -> key.indicator().equals(indicator) && key.year() == year)
			.forEach((key) -> zones.add(key.zone()));
		return zones;
	}

	/** The figures of {@code indicator} in {@code zone}, by year. */
	public Map<Integer, BigDecimal> series(String indicator, String zone) {
		Map<Integer, BigDecimal> series = new java.util.TreeMap<>();
		this.values.forEach((key, value) -> {
			if (key.indicator().equals(indicator) && key.zone().equals(zone)) {
				series.put(key.year(), value);
			}
		});
		return series;
	}

}
