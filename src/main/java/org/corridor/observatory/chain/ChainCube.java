package org.corridor.observatory.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registry's firms as columns, for analyses over millions of firms in one pass: each
 * firm's segments and zones (as numbers of {@link ChainModel}), its yearly revenue,
 * R&amp;D spending and employees, and the days it held the chain-leader tier. Built once
 * from the registry and rebuilt when the registry changes.
 */
final class ChainCube {

	final int firms;

	final String[] uscc;

	final String[] names;

	final boolean[] demo;

	/**
	 * The segments of firm {@code f} are
	 * {@code segmentIds[segmentStart[f] .. segmentStart[f+1])}.
	 */
	final int[] segmentStart;

	final int[] segmentIds;

	/**
	 * The zones of firm {@code f} are {@code zoneIds[zoneStart[f] .. zoneStart[f+1])}.
	 */
	final int[] zoneStart;

	final short[] zoneIds;

	/**
	 * Firms tagged on a chain yet in none of its segments: firm {@code unplacedFirm[i]}
	 * on chain {@code unplacedChain[i]}.
	 */
	final int[] unplacedFirm;

	final int[] unplacedChain;

	final int firstYear;

	final int years;

	/**
	 * {@code revenue[y][f]}: NaN when the firm has no figure for year
	 * {@code firstYear + y}.
	 */
	final double[][] revenue;

	final double[][] rdSpending;

	/** -1 when not given. */
	final int[][] employees;

	/** Whether the firm has a row of figures in the year. */
	final boolean[][] reported;

	/** The calendar years in which any firm has figures, oldest first. */
	final List<Integer> reportedYears;

	final boolean[][] demoYear;

	/**
	 * The first day the firm held the chain-leader tier (epoch day), or MAX_VALUE; spells
	 * are kept as their envelope, from the first gain to the last loss.
	 */
	final int[] leaderFrom;

	/**
	 * The day it last lost it, MAX_VALUE while it holds it, MIN_VALUE when it never did.
	 */
	final int[] leaderUntil;

	private ChainCube(Builder b) {
		this.firms = b.count;
		this.uscc = Arrays.copyOf(b.uscc, b.count);
		this.names = Arrays.copyOf(b.names, b.count);
		this.demo = Arrays.copyOf(b.demo, b.count);
		this.segmentStart = Arrays.copyOf(b.segmentStart, b.count + 1);
		this.segmentIds = Arrays.copyOf(b.segmentIds, b.segmentStart[b.count]);
		this.unplacedFirm = b.unplacedFirm.stream().mapToInt(Integer::intValue).toArray();
		this.unplacedChain = b.unplacedChain.stream().mapToInt(Integer::intValue).toArray();
		this.zoneStart = Arrays.copyOf(b.zoneStart, b.count + 1);
		this.zoneIds = Arrays.copyOf(b.zoneIds, b.zoneStart[b.count]);
		this.firstYear = b.firstYear;
		this.years = b.years;
		this.revenue = new double[b.years][];
		this.rdSpending = new double[b.years][];
		this.employees = new int[b.years][];
		this.reported = new boolean[b.years][];
		this.demoYear = new boolean[b.years][];
		for (int y = 0; y < b.years; y++) {
			this.revenue[y] = Arrays.copyOf(b.revenue[y], b.count);
			this.rdSpending[y] = Arrays.copyOf(b.rdSpending[y], b.count);
			this.employees[y] = Arrays.copyOf(b.employees[y], b.count);
			this.reported[y] = Arrays.copyOf(b.reported[y], b.count);
			this.demoYear[y] = Arrays.copyOf(b.demoYear[y], b.count);
		}
		this.leaderFrom = Arrays.copyOf(b.leaderFrom, b.count);
		this.leaderUntil = Arrays.copyOf(b.leaderUntil, b.count);
		List<Integer> withFigures = new ArrayList<>();
		for (int y = 0; y < this.years; y++) {
			for (boolean any : this.reported[y]) {
				if (any) {
					withFigures.add(this.firstYear + y);
					break;
				}
			}
		}
		this.reportedYears = List.copyOf(withFigures);
	}

	int year(int calendarYear) {
		return calendarYear - this.firstYear;
	}

	boolean hasYear(int calendarYear) {
		int y = year(calendarYear);
		return y >= 0 && y < this.years;
	}

	boolean inZone(int firm, int zone) {
		for (int i = this.zoneStart[firm]; i < this.zoneStart[firm + 1]; i++) {
			if (this.zoneIds[i] == zone) {
				return true;
			}
		}
		return false;
	}

	/** Whether the firm held the chain-leader tier on the day. */
	boolean leaderOn(int firm, LocalDate day) {
		long epoch = day.toEpochDay();
		return this.leaderFrom[firm] <= epoch && epoch < this.leaderUntil[firm];
	}

	/** Collects firms one at a time; arrays grow as needed. */
	static final class Builder {

		private final int firstYear;

		private final int years;

		private int count;

		private String[] uscc = new String[1024];

		private String[] names = new String[1024];

		private boolean[] demo = new boolean[1024];

		private int[] segmentStart = new int[1025];

		private int[] segmentIds = new int[2048];

		private int[] zoneStart = new int[1025];

		private short[] zoneIds = new short[4096];

		private double[][] revenue;

		private double[][] rdSpending;

		private int[][] employees;

		private boolean[][] reported;

		private boolean[][] demoYear;

		private int[] leaderFrom = new int[1024];

		private final List<Integer> unplacedFirm = new ArrayList<>();

		private final List<Integer> unplacedChain = new ArrayList<>();

		private int[] leaderUntil = new int[1024];

		Builder(int firstYear, int lastYear) {
			this.firstYear = firstYear;
			this.years = Math.max(0, lastYear - firstYear + 1);
			this.revenue = new double[this.years][1024];
			this.rdSpending = new double[this.years][1024];
			this.employees = new int[this.years][1024];
			this.reported = new boolean[this.years][1024];
			this.demoYear = new boolean[this.years][1024];
		}

		/** Adds a firm and returns its number. */
		int addFirm(String code, String name, boolean isDemo, int[] segments, int[] zones) {
			int f = this.count;
			if (f == this.uscc.length) {
				grow(f * 2);
			}
			this.uscc[f] = code;
			this.names[f] = name;
			this.demo[f] = isDemo;
			int s = this.segmentStart[f];
			while (s + segments.length > this.segmentIds.length) {
				this.segmentIds = Arrays.copyOf(this.segmentIds, this.segmentIds.length * 2);
			}
			System.arraycopy(segments, 0, this.segmentIds, s, segments.length);
			this.segmentStart[f + 1] = s + segments.length;
			int z = this.zoneStart[f];
			while (z + zones.length > this.zoneIds.length) {
				this.zoneIds = Arrays.copyOf(this.zoneIds, this.zoneIds.length * 2);
			}
			for (int i = 0; i < zones.length; i++) {
				this.zoneIds[z + i] = (short) zones[i];
			}
			this.zoneStart[f + 1] = z + zones.length;
			for (int y = 0; y < this.years; y++) {
				this.revenue[y][f] = Double.NaN;
				this.rdSpending[y][f] = Double.NaN;
				this.employees[y][f] = -1;
			}
			this.leaderFrom[f] = Integer.MAX_VALUE;
			this.leaderUntil[f] = Integer.MIN_VALUE;
			this.count++;
			return f;
		}

		/** Records a firm's figures for a year; years outside the cube are ignored. */
		void addYear(int firm, int calendarYear, double revenue, double rd, int employees, boolean isDemo) {
			int y = calendarYear - this.firstYear;
			if (y < 0 || y >= this.years) {
				return;
			}
			this.revenue[y][firm] = revenue;
			this.rdSpending[y][firm] = rd;
			this.employees[y][firm] = employees;
			this.reported[y][firm] = true;
			this.demoYear[y][firm] = isDemo;
		}

		/** Records that a firm is tagged on a chain yet in none of its segments. */
		void addUnplaced(int firm, int chain) {
			this.unplacedFirm.add(firm);
			this.unplacedChain.add(chain);
		}

		/**
		 * Records a spell as chain leader; the earliest gain and the latest loss are
		 * kept.
		 */
		void addLeaderSpell(int firm, LocalDate gained, LocalDate lost) {
			this.leaderFrom[firm] = (int) Math.min(this.leaderFrom[firm], gained.toEpochDay());
			int until = (lost != null) ? (int) lost.toEpochDay() : Integer.MAX_VALUE;
			this.leaderUntil[firm] = Math.max(this.leaderUntil[firm], until);
		}

		ChainCube build() {
			return new ChainCube(this);
		}

		private void grow(int size) {
			this.uscc = Arrays.copyOf(this.uscc, size);
			this.names = Arrays.copyOf(this.names, size);
			this.demo = Arrays.copyOf(this.demo, size);
			this.segmentStart = Arrays.copyOf(this.segmentStart, size + 1);
			this.zoneStart = Arrays.copyOf(this.zoneStart, size + 1);
			this.leaderFrom = Arrays.copyOf(this.leaderFrom, size);
			this.leaderUntil = Arrays.copyOf(this.leaderUntil, size);
			for (int y = 0; y < this.years; y++) {
				this.revenue[y] = Arrays.copyOf(this.revenue[y], size);
				this.rdSpending[y] = Arrays.copyOf(this.rdSpending[y], size);
				this.employees[y] = Arrays.copyOf(this.employees[y], size);
				this.reported[y] = Arrays.copyOf(this.reported[y], size);
				this.demoYear[y] = Arrays.copyOf(this.demoYear[y], size);
			}
		}

	}

}
