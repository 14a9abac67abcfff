package org.corridor.observatory.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.locationtech.jts.geom.Envelope;

/**
 * Answers "which zones contain this point" for every zone level at once: districts,
 * cities, circles, towns and whatever else the zone set holds, overlapping and nested as
 * they may be. Used when firms or platforms are imported or zones change, and for areal
 * apportionment.
 *
 * <p>
 * Zones are numbered by their position in the list given to {@link #build(List)}; that
 * number (the zone id) is what {@link #maskAt}, {@link #zonesAt} and {@link #assign}
 * report. A uniform grid covers the zones' bounding box. Each cell holds the zones that
 * contain it entirely (a bit mask) and, for each zone whose boundary passes through it,
 * the edges that do so plus whether the cell's reference point lies inside that zone. A
 * lookup finds the cell, takes its mask and, for each boundary zone there, flips the
 * reference point's state once per edge separating the point from the reference point.
 * Points outside the bounding box (and NaN) are in no zone.
 *
 * <p>
 * Invariants: the index is immutable and safe to share between threads; a lookup
 * allocates nothing ({@link #maskAt}, {@link #zonesAt}); zone ids are reported in
 * ascending order. For a point off the zones' boundaries the answer is exact, the same as
 * JTS {@code Geometry.covers} and PostGIS {@code ST_Contains}: the test compares with JTS
 * on a million random points and on points 1e-8° to 1e-3° off edges, and finds no
 * difference. The only arithmetic is the sign of 2 × 2 determinants over coordinates
 * taken relative to the cell's reference point, which the build keeps clear of every
 * edge; rounding could only matter for points far closer to an edge than 1e-9° (0.1 mm).
 *
 * <p>
 * Boundary rule. A point exactly on a zone's boundary (where JTS {@code covers} says yes
 * and PostGIS {@code ST_Contains} says no) gets the state of a point moved an
 * infinitesimal distance towards its cell's reference point (with ties along that line
 * broken by symbolic perturbation). So zones that share an edge with the same vertices
 * partition it: a point on the shared edge is in exactly one of them, which counts it
 * once in an apportionment.
 *
 * <p>
 * Memory: {@code 8 × (ceil(zones / 64) + 1)} bytes per cell plus the listed edges, about
 * 5 MiB for the corridor's 50 zones on the default grid. Building takes tens of
 * milliseconds, so the index is rebuilt, not updated, when zones change.
 */
public final class ZoneIndex {

	private final String[] codes;

	private final String[] levels;

	private final int zoneCount;

	private final double minX;

	private final double minY;

	private final double scaleX;

	private final double scaleY;

	private final int columns;

	private final int rows;

	/** Mask words per cell: ceil(zones / 64), at least 1. */
	private final int words;

	/**
	 * Per cell, {@code words} interior mask words then the entry range (start << 32 |
	 * end).
	 */
	private final long[] cells;

	/** Per entry (a boundary zone of one cell): zone << 1 | reference point inside. */
	private final int[] entryInfo;

	/** Per entry, its first edge; one more element marks the end of the last. */
	private final int[] entryEdgeStart;

	/** Per entry, the cell's reference point (x, y). */
	private final double[] entryReference;

	/**
	 * Per edge, a and b relative to the entry's reference point, oriented so that the
	 * reference point lies to the left of a → b.
	 */
	private final double[] edges;

	private final int sourceEdges;

	ZoneIndex(String[] codes, String[] levels, Envelope extent, int columns, int rows, int words, long[] cells,
			int[] entryInfo, int[] entryEdgeStart, double[] entryReference, double[] edges, int sourceEdges) {
		this.codes = codes;
		this.levels = levels;
		this.zoneCount = codes.length;
		// An empty index gets NaN bounds, so that every point falls outside.
		this.minX = (columns > 0) ? extent.getMinX() : Double.NaN;
		this.minY = (rows > 0) ? extent.getMinY() : Double.NaN;
		this.scaleX = columns / extent.getWidth();
		this.scaleY = rows / extent.getHeight();
		this.columns = columns;
		this.rows = rows;
		this.words = words;
		this.cells = cells;
		this.entryInfo = entryInfo;
		this.entryEdgeStart = entryEdgeStart;
		this.entryReference = entryReference;
		this.edges = edges;
		this.sourceEdges = sourceEdges;
	}

	static ZoneIndex empty(String[] codes, String[] levels) {
		return new ZoneIndex(codes, levels, new Envelope(0, 1, 0, 1), 0, 0, Math.max(1, (codes.length + 63) >>> 6),
				new long[0], new int[0], new int[] { 0 }, new double[0], new double[0], 0);
	}

	/**
	 * Builds the index with the default grid: about 262 000 cells, fewer when there are
	 * so many zones that the cells' masks would pass 64 MiB.
	 * @param zones the zones; their positions become the zone ids
	 * @return the index
	 * @throws IllegalArgumentException if a code repeats or a geometry is not polygonal
	 */
	public static ZoneIndex build(List<IndexedZone> zones) {
		return ZoneIndexBuilder.build(zones, ZoneIndexBuilder.defaultTargetCells(zones.size()));
	}

	/**
	 * Builds the index with about {@code targetCells} grid cells, shaped to the zones'
	 * bounding box. More cells mean fewer lookups that need edge tests, and more memory:
	 * {@code 8 × (ceil(zones / 64) + 1)} bytes per cell.
	 * @param zones the zones; their positions become the zone ids
	 * @param targetCells the number of cells to aim for, 1 to 2^24
	 * @return the index
	 * @throws IllegalArgumentException if a code repeats, a geometry is not polygonal or
	 * the cell count is out of range
	 */
	public static ZoneIndex build(List<IndexedZone> zones, int targetCells) {
		return ZoneIndexBuilder.build(zones, targetCells);
	}

	/** The number of zones. */
	public int size() {
		return this.zoneCount;
	}

	/** The zone codes, indexed by zone id. */
	public String[] codes() {
		return this.codes.clone();
	}

	public String code(int zoneId) {
		return this.codes[zoneId];
	}

	public String level(int zoneId) {
		return this.levels[zoneId];
	}

	/** The id of the zone with this code, or -1. */
	public int idOf(String code) {
		for (int z = 0; z < this.zoneCount; z++) {
			if (this.codes[z].equals(code)) {
				return z;
			}
		}
		return -1;
	}

	/**
	 * The bits of the zones of one level, to pick that level out of {@link #maskAt}.
	 * @param level the level
	 * @return the mask, 0 when no zone has the level
	 * @throws IllegalStateException if there are more than 64 zones
	 */
	public long levelMask(String level) {
		requireMask();
		long mask = 0;
		for (int z = 0; z < this.zoneCount; z++) {
			if (this.levels[z].equals(level)) {
				mask |= 1L << z;
			}
		}
		return mask;
	}

	/**
	 * The zones containing a point, as a bit mask (bit {@code z} for zone id {@code z}).
	 * The fast path, for zone sets of at most 64 zones.
	 * @param lon the longitude
	 * @param lat the latitude
	 * @return the mask, 0 when no zone contains the point
	 * @throws IllegalStateException if there are more than 64 zones
	 */
	public long maskAt(double lon, double lat) {
		if (this.words != 1) {
			requireMask();
		}
		double fx = (lon - this.minX) * this.scaleX;
		double fy = (lat - this.minY) * this.scaleY;
		// Written so that NaN fails too.
		if (!(fx >= 0 && fy >= 0 && fx <= this.columns && fy <= this.rows)) {
			return 0L;
		}
		int base = (Math.min((int) fy, this.rows - 1) * this.columns + Math.min((int) fx, this.columns - 1)) << 1;
		long mask = this.cells[base];
		long range = this.cells[base + 1];
		for (int entry = (int) (range >>> 32), end = (int) range; entry < end; entry++) {
			int info = this.entryInfo[entry];
			if (inside(entry, info, lon, lat)) {
				mask |= 1L << (info >>> 1);
			}
		}
		return mask;
	}

	/**
	 * Reports each zone containing the point, in ascending id order, without allocating.
	 * Works for any number of zones.
	 * @param lon the longitude
	 * @param lat the latitude
	 * @param action receives each zone id
	 */
	public void zonesAt(double lon, double lat, IntConsumer action) {
		double fx = (lon - this.minX) * this.scaleX;
		double fy = (lat - this.minY) * this.scaleY;
		if (!(fx >= 0 && fy >= 0 && fx <= this.columns && fy <= this.rows)) {
			return;
		}
		int stride = this.words + 1;
		int base = (Math.min((int) fy, this.rows - 1) * this.columns + Math.min((int) fx, this.columns - 1)) * stride;
		long range = this.cells[base + this.words];
		int entry = (int) (range >>> 32);
		int end = (int) range;
		for (int w = 0; w < this.words; w++) {
			long bits = this.cells[base + w];
			// Entries are in zone order, so those of this word come next.
			for (; entry < end && (this.entryInfo[entry] >>> 7) == w; entry++) {
				int info = this.entryInfo[entry];
				if (inside(entry, info, lon, lat)) {
					bits |= 1L << (info >>> 1);
				}
			}
			while (bits != 0) {
				action.accept((w << 6) | Long.numberOfTrailingZeros(bits));
				bits &= bits - 1;
			}
		}
	}

	/**
	 * The ids of the zones containing a point, ascending.
	 * @param lon the longitude
	 * @param lat the latitude
	 * @return the zone ids, empty when none
	 */
	public int[] zoneIdsAt(double lon, double lat) {
		IntCollector collector = new IntCollector(4);
		zonesAt(lon, lat, collector);
		return collector.toArray();
	}

	/**
	 * The codes of the zones containing a point, in zone id order.
	 * @param lon the longitude
	 * @param lat the latitude
	 * @return the codes, empty when none
	 */
	public List<String> codesAt(double lon, double lat) {
		List<String> result = new ArrayList<>();
		zonesAt(lon, lat, (z) -> result.add(this.codes[z]));
		return result;
	}

	/**
	 * The zone masks of many points (see {@link #maskAt}), for imports.
	 * @param lons the longitudes
	 * @param lats the latitudes, as many
	 * @return one mask per point
	 * @throws IllegalStateException if there are more than 64 zones
	 */
	public long[] masks(double[] lons, double[] lats) {
		requireSameLength(lons, lats);
		requireMask();
		long[] result = new long[lons.length];
		for (int i = 0; i < lons.length; i++) {
			result[i] = maskAt(lons[i], lats[i]);
		}
		return result;
	}

	/**
	 * Assigns many points to zones at once, for imports and apportionment; any number of
	 * zones.
	 * @param lons the longitudes
	 * @param lats the latitudes, as many
	 * @return every (point, zone) pair, grouped by point
	 */
	public Assignment assign(double[] lons, double[] lats) {
		requireSameLength(lons, lats);
		int[] offsets = new int[lons.length + 1];
		if (this.words == 1) {
			int[] ids = new int[Math.max(64, lons.length)];
			int size = 0;
			for (int i = 0; i < lons.length; i++) {
				long mask = maskAt(lons[i], lats[i]);
				if (size + 64 > ids.length) {
					ids = Arrays.copyOf(ids, ids.length * 2);
				}
				while (mask != 0) {
					ids[size++] = Long.numberOfTrailingZeros(mask);
					mask &= mask - 1;
				}
				offsets[i + 1] = size;
			}
			return new Assignment(offsets, Arrays.copyOf(ids, size));
		}
		IntCollector zones = new IntCollector(Math.max(16, lons.length));
		for (int i = 0; i < lons.length; i++) {
			zonesAt(lons[i], lats[i], zones);
			offsets[i + 1] = zones.size;
		}
		return new Assignment(offsets, zones.toArray());
	}

	/**
	 * Whether the point lies inside the entry's zone: the reference point's state,
	 * flipped by every edge that separates the two. An edge separates them when its ends
	 * lie on different sides of the line through both (a zero side counting as one of
	 * them, the same for every edge sharing that vertex) and the point lies strictly to
	 * the right of it, the reference point being on its left by construction.
	 */
	private boolean inside(int entry, int info, double lon, double lat) {
		double px = lon - this.entryReference[entry << 1];
		double py = lat - this.entryReference[(entry << 1) + 1];
		boolean inside = (info & 1) != 0;
		double[] e = this.edges;
		for (int i = this.entryEdgeStart[entry] << 2, end = this.entryEdgeStart[entry + 1] << 2; i < end; i += 4) {
			double ax = e[i];
			double ay = e[i + 1];
			double bx = e[i + 2];
			double by = e[i + 3];
			boolean aSide = py * ax - px * ay > 0;
			boolean bSide = py * bx - px * by > 0;
			if (aSide != bSide && (bx - ax) * (py - ay) - (by - ay) * (px - ax) < 0) {
				inside = !inside;
			}
		}
		return inside;
	}

	private void requireMask() {
		if (this.zoneCount > 64) {
			throw new IllegalStateException(
					"Masks hold 64 zones and this index has " + this.zoneCount + ": use zonesAt or assign");
		}
	}

	private static void requireSameLength(double[] lons, double[] lats) {
		if (lons.length != lats.length) {
			throw new IllegalArgumentException(lons.length + " longitudes but " + lats.length + " latitudes");
		}
	}

	@Override
	public String toString() {
		int boundaryCells = 0;
		for (int c = 0; c < this.columns * this.rows; c++) {
			long range = this.cells[c * (this.words + 1) + this.words];
			if ((int) range > (int) (range >>> 32)) {
				boundaryCells++;
			}
		}
		int cellCount = this.columns * this.rows;
		return String.format(Locale.ROOT,
				"ZoneIndex[%d zones, %d edges, grid %d x %d, %d boundary cells (%.1f%%), %d entries, %d cell edges, %.1f MiB]",
				this.zoneCount, this.sourceEdges, this.columns, this.rows, boundaryCells,
				(cellCount > 0) ? 100.0 * boundaryCells / cellCount : 0.0, this.entryInfo.length, this.edges.length / 4,
				memoryBytes() / 1048576.0);
	}

	private long memoryBytes() {
		return 8L * this.cells.length + 4L * this.entryInfo.length + 4L * this.entryEdgeStart.length
				+ 8L * this.entryReference.length + 8L * this.edges.length;
	}

	/**
	 * The zones of many points: every (point, zone) pair, grouped by point in input
	 * order, zone ids ascending within a point. Immutable.
	 */
	public static final class Assignment {

		private final int[] offsets;

		private final int[] zoneIds;

		Assignment(int[] offsets, int[] zoneIds) {
			this.offsets = offsets;
			this.zoneIds = zoneIds;
		}

		/** The number of points assigned. */
		public int points() {
			return this.offsets.length - 1;
		}

		/** The number of (point, zone) pairs. */
		public int pairs() {
			return this.zoneIds.length;
		}

		/** How many zones contain point {@code point}. */
		public int count(int point) {
			return this.offsets[point + 1] - this.offsets[point];
		}

		/** The {@code k}th zone id of point {@code point}, k below {@link #count}. */
		public int zoneId(int point, int k) {
			if (k < 0 || k >= count(point)) {
				throw new IndexOutOfBoundsException(k);
			}
			return this.zoneIds[this.offsets[point] + k];
		}

		/** The zone ids of point {@code point}, ascending. */
		public int[] zoneIds(int point) {
			return Arrays.copyOfRange(this.zoneIds, this.offsets[point], this.offsets[point + 1]);
		}

	}

	/** Collects ints into a growable array. */
	private static final class IntCollector implements IntConsumer {

		private int[] values;

		private int size;

		IntCollector(int capacity) {
			this.values = new int[capacity];
		}

		@Override
		public void accept(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, Math.max(16, this.size * 2));
			}
			this.values[this.size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
