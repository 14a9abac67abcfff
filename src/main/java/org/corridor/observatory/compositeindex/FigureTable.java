package org.corridor.observatory.compositeindex;

import java.util.Arrays;
import java.util.List;

import org.corridor.observatory.plan.LocalizedText;

/**
 * The figures an index is computed from: for each zone, year and indicator of the index
 * (in {@link IndexDefinition#components()} order) a figure, or NaN where there is none;
 * and each zone's target per indicator for distance to target (NaN: none).
 */
public final class FigureTable {

	private final List<TableZone> zones;

	private final int[] years;

	private final double[][][] values;

	private final double[][] targets;

	private final boolean demo;

	/**
	 * @param zones the zones scored
	 * @param years the years, ascending
	 * @param values figures by zone, year and indicator (NaN: missing)
	 * @param targets targets by zone and indicator (NaN: none)
	 * @param demo whether any figure is demo data
	 */
	public FigureTable(List<TableZone> zones, int[] years, double[][][] values, double[][] targets, boolean demo) {
		this.zones = List.copyOf(zones);
		this.years = years.clone();
		this.values = values;
		this.targets = targets;
		this.demo = demo;
		if (values.length != zones.size() || targets.length != zones.size()) {
			throw new IllegalArgumentException("one row of figures and targets per zone");
		}
		for (double[][] zone : values) {
			if (zone.length != years.length) {
				throw new IllegalArgumentException("one row of figures per year");
			}
		}
	}

	/** A table without targets. */
	public static FigureTable of(List<TableZone> zones, int[] years, double[][][] values) {
		int indicators = (values.length > 0 && values[0].length > 0) ? values[0][0].length : 0;
		double[][] targets = new double[zones.size()][indicators];
		for (double[] row : targets) {
			Arrays.fill(row, Double.NaN);
		}
		return new FigureTable(zones, years, values, targets, false);
	}

	public List<TableZone> zones() {
		return this.zones;
	}

	public int[] years() {
		return this.years.clone();
	}

	public int yearCount() {
		return this.years.length;
	}

	public int year(int index) {
		return this.years[index];
	}

	/** The index of a year, or −1. */
	public int indexOfYear(int year) {
		return Arrays.binarySearch(this.years, year) >= 0 ? Arrays.binarySearch(this.years, year) : -1;
	}

	public double value(int zone, int year, int indicator) {
		return this.values[zone][year][indicator];
	}

	public double target(int zone, int indicator) {
		return this.targets[zone][indicator];
	}

	public boolean demo() {
		return this.demo;
	}

	/**
	 * A zone scored.
	 *
	 * @param code the zone code
	 * @param name the zone's name
	 * @param peer whether it lies outside the corridor, scored alongside for comparison
	 */
	public record TableZone(String code, LocalizedText name, boolean peer) {
	}

}
