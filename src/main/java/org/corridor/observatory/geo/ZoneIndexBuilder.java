package org.corridor.observatory.geo;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Builds the flat arrays of a {@link ZoneIndex}: rasterises every zone edge onto the
 * grid, places one reference point per boundary cell, and classifies the cells no edge
 * touches by a single point-in-area test per run of such cells along a row. Used once per
 * build, by one thread.
 */
final class ZoneIndexBuilder {

	/** About 2 MiB of masks for up to 64 zones; enough that few cells hold a boundary. */
	static final int DEFAULT_TARGET_CELLS = 1 << 18;

	static final int MAX_TARGET_CELLS = 1 << 24;

	/** Bytes the default grid may spend on cells. */
	private static final long DEFAULT_CELL_BYTES = 64L << 20;

	/**
	 * How far outside a cell (as a fraction of the cell size) an edge is still listed for
	 * it. A query computes its cell with one rounding; this margin, far larger than that
	 * error, makes sure every edge between the point and the reference point is listed.
	 */
	private static final double MARGIN = 1e-6;

	/**
	 * How close (as a fraction of the cell size) a reference point may come to an edge:
	 * far enough that its inside/outside state is beyond doubt.
	 */
	private static final double CLEARANCE = 1e-6;

	private static final int REFERENCE_CANDIDATES = 256;

	private final List<IndexedZone> zones;

	private final double minX;

	private final double minY;

	private final int columns;

	private final int rows;

	private final double cellWidth;

	private final double cellHeight;

	private final int words;

	private double[] edgeCoordinates = new double[1024];

	private int[] edgeZone = new int[256];

	private int edgeCount;

	private int[] rasterCell = new int[1024];

	private int[] rasterEdge = new int[1024];

	private int rasterCount;

	private ZoneIndexBuilder(List<IndexedZone> zones, Envelope extent, int targetCells) {
		this.zones = zones;
		double width = extent.getWidth();
		double height = extent.getHeight();
		double ratio = width / height;
		int columns = (int) Math.round(Math.sqrt(targetCells * ratio));
		this.columns = Math.max(1, Math.min(columns, targetCells));
		this.rows = Math.max(1, targetCells / this.columns);
		this.minX = extent.getMinX();
		this.minY = extent.getMinY();
		this.cellWidth = width / this.columns;
		this.cellHeight = height / this.rows;
		this.words = Math.max(1, (zones.size() + 63) >>> 6);
	}

	/**
	 * The default cell count: enough that few lookups meet an edge, few enough that a
	 * large zone set (many mask words per cell) stays within {@link #DEFAULT_CELL_BYTES}.
	 */
	static int defaultTargetCells(int zoneCount) {
		long bytesPerCell = 8L * (Math.max(1, (zoneCount + 63) >>> 6) + 1);
		return (int) Math.max(4096, Math.min(DEFAULT_TARGET_CELLS, DEFAULT_CELL_BYTES / bytesPerCell));
	}

	static ZoneIndex build(List<IndexedZone> zones, int targetCells) {
		Objects.requireNonNull(zones, "zones");
		if (targetCells < 1 || targetCells > MAX_TARGET_CELLS) {
			throw new IllegalArgumentException("targetCells must be in 1.." + MAX_TARGET_CELLS + ": " + targetCells);
		}
		int n = zones.size();
		String[] codes = new String[n];
		String[] levels = new String[n];
		Set<String> seen = new HashSet<>();
		Envelope extent = new Envelope();
		for (int z = 0; z < n; z++) {
			IndexedZone zone = Objects.requireNonNull(zones.get(z), "zone");
			if (!seen.add(zone.code())) {
				throw new IllegalArgumentException("Duplicate zone code: " + zone.code());
			}
			if (!isPolygonal(zone.geometry())) {
				throw new IllegalArgumentException(
						"Zone " + zone.code() + " is not polygonal: " + zone.geometry().getGeometryType());
			}
			codes[z] = zone.code();
			levels[z] = zone.level();
			extent.expandToInclude(zone.geometry().getEnvelopeInternal());
		}
		if (extent.isNull()) {
			return ZoneIndex.empty(codes, levels);
		}
		// A zone set of zero width or height (degenerate rings only) still needs cells of
		// positive size.
		double pad = Math.max(1.0, Math.max(Math.abs(extent.getMaxX()), Math.abs(extent.getMaxY()))) * 1e-9;
		if (extent.getWidth() == 0) {
			extent.expandBy(pad, 0);
		}
		if (extent.getHeight() == 0) {
			extent.expandBy(0, pad);
		}
		int words = Math.max(1, (n + 63) >>> 6);
		if ((long) targetCells * (words + 1) > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException(
					targetCells + " cells of " + (words + 1) + " words each do not fit in one array");
		}
		return new ZoneIndexBuilder(zones, extent, targetCells).index(codes, levels, extent);
	}

	private static boolean isPolygonal(Geometry geometry) {
		if (geometry.isEmpty() || geometry instanceof Polygon) {
			return true;
		}
		if (geometry instanceof GeometryCollection collection) {
			for (int i = 0; i < collection.getNumGeometries(); i++) {
				if (!isPolygonal(collection.getGeometryN(i))) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	private ZoneIndex index(String[] codes, String[] levels, Envelope extent) {
		int n = this.zones.size();
		for (int z = 0; z < n; z++) {
			addEdges(this.zones.get(z).geometry(), z);
		}
		int cellCount = this.columns * this.rows;
		for (int edge = 0; edge < this.edgeCount; edge++) {
			rasterise(edge);
		}
		// A stable counting sort by cell keeps each cell's edges in edge order, which is
		// zone order: the entries below rely on it.
		int[] cellFirst = new int[cellCount + 1];
		for (int i = 0; i < this.rasterCount; i++) {
			cellFirst[this.rasterCell[i] + 1]++;
		}
		for (int c = 0; c < cellCount; c++) {
			cellFirst[c + 1] += cellFirst[c];
		}
		int[] cellEdges = new int[this.rasterCount];
		int[] fill = Arrays.copyOf(cellFirst, cellCount);
		for (int i = 0; i < this.rasterCount; i++) {
			cellEdges[fill[this.rasterCell[i]]++] = this.rasterEdge[i];
		}
		this.rasterCell = null;
		this.rasterEdge = null;

		IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[n];
		int stride = this.words + 1;
		long[] cells = new long[cellCount * stride];
		IntList[] boundaryCells = new IntList[n];
		for (int z = 0; z < n; z++) {
			boundaryCells[z] = new IntList();
		}
		IntList entryInfo = new IntList();
		IntList entryEdgeStart = new IntList();
		DoubleList entryReference = new DoubleList();
		DoubleList edges = new DoubleList();
		double[] reference = new double[2];
		double clearance = CLEARANCE * Math.min(this.cellWidth, this.cellHeight);
		Coordinate origin = new Coordinate(0, 0);
		for (int cell = 0; cell < cellCount; cell++) {
			int first = cellFirst[cell];
			int last = cellFirst[cell + 1];
			if (first == last) {
				continue;
			}
			int entryStart = entryInfo.size();
			placeReference(cell, cellEdges, first, last, clearance, reference);
			double rx = reference[0];
			double ry = reference[1];
			int i = first;
			while (i < last) {
				int zone = this.edgeZone[cellEdges[i]];
				boundaryCells[zone].add(cell);
				int location = locator(locators, zone).locate(new Coordinate(rx, ry));
				if (location == Location.BOUNDARY) {
					throw new IllegalStateException("Reference point on the boundary of zone " + codes[zone]);
				}
				entryInfo.add(zone << 1 | ((location == Location.INTERIOR) ? 1 : 0));
				entryEdgeStart.add(edges.size() / 4);
				entryReference.add(rx);
				entryReference.add(ry);
				for (; i < last && this.edgeZone[cellEdges[i]] == zone; i++) {
					int e = cellEdges[i] * 4;
					Coordinate a = new Coordinate(this.edgeCoordinates[e] - rx, this.edgeCoordinates[e + 1] - ry);
					Coordinate b = new Coordinate(this.edgeCoordinates[e + 2] - rx, this.edgeCoordinates[e + 3] - ry);
					// A query counts an edge when the point lies strictly on its
					// other side than the reference point, so the edge is stored
					// with the reference point on its left. An edge whose line
					// runs through the reference point can never separate the
					// two, so it is left out.
					int orientation = Orientation.index(a, b, origin);
					if (orientation == Orientation.COLLINEAR) {
						continue;
					}
					if (orientation == Orientation.CLOCKWISE) {
						Coordinate swap = a;
						a = b;
						b = swap;
					}
					edges.add(a.x);
					edges.add(a.y);
					edges.add(b.x);
					edges.add(b.y);
				}
			}
			cells[cell * stride + this.words] = ((long) entryStart << 32) | entryInfo.size();
		}
		entryEdgeStart.add(edges.size() / 4);

		// Stamps are zone + 1, so one array serves every zone without clearing.
		int[] stamp = new int[cellCount];
		for (int z = 0; z < n; z++) {
			markInterior(z, boundaryCells[z], locators, stamp, cells, stride);
		}
		return new ZoneIndex(codes, levels, extent, this.columns, this.rows, this.words, cells, entryInfo.toArray(),
				entryEdgeStart.toArray(), entryReference.toArray(), edges.toArray(), this.edgeCount);
	}

	private IndexedPointInAreaLocator locator(IndexedPointInAreaLocator[] locators, int zone) {
		if (locators[zone] == null) {
			Geometry geometry = this.zones.get(zone).geometry();
			if (!(geometry instanceof Polygon) && !(geometry instanceof org.locationtech.jts.geom.MultiPolygon)) {
				GeometryFactory factory = geometry.getFactory();
				geometry = factory
					.createMultiPolygon(GeometryFactory.toPolygonArray(PolygonExtracter.getPolygons(geometry)));
			}
			locators[zone] = new IndexedPointInAreaLocator(geometry);
		}
		return locators[zone];
	}

	private void addEdges(Geometry geometry, int zone) {
		if (geometry instanceof Polygon polygon) {
			addRing(polygon.getExteriorRing(), zone);
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				addRing(polygon.getInteriorRingN(h), zone);
			}
		}
		else if (geometry instanceof GeometryCollection collection) {
			for (int i = 0; i < collection.getNumGeometries(); i++) {
				addEdges(collection.getGeometryN(i), zone);
			}
		}
	}

	private void addRing(LinearRing ring, int zone) {
		CoordinateSequence sequence = ring.getCoordinateSequence();
		for (int i = 0; i + 1 < sequence.size(); i++) {
			double ax = sequence.getX(i);
			double ay = sequence.getY(i);
			double bx = sequence.getX(i + 1);
			double by = sequence.getY(i + 1);
			if (ax == bx && ay == by) {
				continue;
			}
			if (this.edgeCount == this.edgeZone.length) {
				this.edgeZone = Arrays.copyOf(this.edgeZone, this.edgeCount * 2);
				this.edgeCoordinates = Arrays.copyOf(this.edgeCoordinates, this.edgeCount * 8);
			}
			int e = this.edgeCount * 4;
			this.edgeCoordinates[e] = ax;
			this.edgeCoordinates[e + 1] = ay;
			this.edgeCoordinates[e + 2] = bx;
			this.edgeCoordinates[e + 3] = by;
			this.edgeZone[this.edgeCount++] = zone;
		}
	}

	/**
	 * Lists the edge for every cell it passes within the margin of, row by row: the part
	 * of the edge inside the row's band gives the columns.
	 */
	private void rasterise(int edge) {
		int e = edge * 4;
		double ax = this.edgeCoordinates[e];
		double ay = this.edgeCoordinates[e + 1];
		double bx = this.edgeCoordinates[e + 2];
		double by = this.edgeCoordinates[e + 3];
		double marginX = MARGIN * this.cellWidth;
		double marginY = MARGIN * this.cellHeight;
		int rowLow = row(Math.min(ay, by) - marginY);
		int rowHigh = row(Math.max(ay, by) + marginY);
		for (int r = rowLow; r <= rowHigh; r++) {
			double xLow;
			double xHigh;
			if (ay == by) {
				xLow = Math.min(ax, bx);
				xHigh = Math.max(ax, bx);
			}
			else {
				double bandLow = this.minY + r * this.cellHeight - marginY;
				double bandHigh = this.minY + (r + 1) * this.cellHeight + marginY;
				double t0 = clamp((bandLow - ay) / (by - ay));
				double t1 = clamp((bandHigh - ay) / (by - ay));
				double x0 = ax + t0 * (bx - ax);
				double x1 = ax + t1 * (bx - ax);
				xLow = Math.min(x0, x1);
				xHigh = Math.max(x0, x1);
			}
			int columnLow = column(xLow - marginX);
			int columnHigh = column(xHigh + marginX);
			for (int c = columnLow; c <= columnHigh; c++) {
				addRaster(r * this.columns + c, edge);
			}
		}
	}

	private static double clamp(double t) {
		return Math.max(0, Math.min(1, t));
	}

	private int column(double x) {
		return Math.max(0, Math.min(this.columns - 1, (int) Math.floor((x - this.minX) / this.cellWidth)));
	}

	private int row(double y) {
		return Math.max(0, Math.min(this.rows - 1, (int) Math.floor((y - this.minY) / this.cellHeight)));
	}

	private void addRaster(int cell, int edge) {
		if (this.rasterCount == this.rasterCell.length) {
			this.rasterCell = Arrays.copyOf(this.rasterCell, this.rasterCount * 2);
			this.rasterEdge = Arrays.copyOf(this.rasterEdge, this.rasterCount * 2);
		}
		this.rasterCell[this.rasterCount] = cell;
		this.rasterEdge[this.rasterCount++] = edge;
	}

	/**
	 * Picks a point of the cell clear of all its edges: the centre if possible, else the
	 * first of a Halton sequence over the cell that is.
	 */
	private void placeReference(int cell, int[] cellEdges, int first, int last, double clearance, double[] reference) {
		double x0 = this.minX + (cell % this.columns) * this.cellWidth;
		double y0 = this.minY + (cell / this.columns) * this.cellHeight;
		double bestDistance = -1;
		for (int k = 0; k < REFERENCE_CANDIDATES; k++) {
			double u = (k == 0) ? 0.5 : 0.05 + 0.9 * halton(k, 2);
			double v = (k == 0) ? 0.5 : 0.05 + 0.9 * halton(k, 3);
			double x = x0 + u * this.cellWidth;
			double y = y0 + v * this.cellHeight;
			double distance = Double.POSITIVE_INFINITY;
			for (int i = first; i < last && distance > clearance; i++) {
				distance = Math.min(distance, distanceToEdge(x, y, cellEdges[i]));
			}
			if (distance > bestDistance) {
				bestDistance = distance;
				reference[0] = x;
				reference[1] = y;
			}
			if (distance > clearance) {
				return;
			}
		}
		if (!(bestDistance > 0)) {
			throw new IllegalStateException("No point of cell " + cell + " is clear of the zone boundaries");
		}
	}

	private static double halton(int index, int base) {
		double result = 0;
		double f = 1.0 / base;
		for (int i = index; i > 0; i /= base) {
			result += f * (i % base);
			f /= base;
		}
		return result;
	}

	private double distanceToEdge(double x, double y, int edge) {
		int e = edge * 4;
		double ax = this.edgeCoordinates[e];
		double ay = this.edgeCoordinates[e + 1];
		double dx = this.edgeCoordinates[e + 2] - ax;
		double dy = this.edgeCoordinates[e + 3] - ay;
		double t = clamp(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy));
		return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
	}

	/**
	 * Sets the zone's bit in every cell that lies wholly inside it. Cells the zone's
	 * boundary does not touch form runs along each row whose cells share one state, so
	 * one point-in-area test per run settles them all.
	 */
	private void markInterior(int zone, IntList boundaryCells, IndexedPointInAreaLocator[] locators, int[] stamp,
			long[] cells, int stride) {
		Envelope envelope = this.zones.get(zone).geometry().getEnvelopeInternal();
		if (envelope.isNull()) {
			return;
		}
		for (int i = 0; i < boundaryCells.size(); i++) {
			stamp[boundaryCells.get(i)] = zone + 1;
		}
		int columnLow = column(envelope.getMinX());
		int columnHigh = column(envelope.getMaxX());
		int rowLow = row(envelope.getMinY());
		int rowHigh = row(envelope.getMaxY());
		int word = zone >>> 6;
		long bit = 1L << (zone & 63);
		Coordinate centre = new Coordinate();
		for (int r = rowLow; r <= rowHigh; r++) {
			boolean inRun = false;
			boolean inside = false;
			for (int c = columnLow; c <= columnHigh; c++) {
				int cell = r * this.columns + c;
				if (stamp[cell] == zone + 1) {
					inRun = false;
					continue;
				}
				if (!inRun) {
					centre.x = this.minX + (c + 0.5) * this.cellWidth;
					centre.y = this.minY + (r + 0.5) * this.cellHeight;
					inside = locator(locators, zone).locate(centre) == Location.INTERIOR;
					inRun = true;
				}
				if (inside) {
					cells[cell * stride + word] |= bit;
				}
			}
		}
	}

	/** A growable int array. */
	private static final class IntList {

		private int[] values = new int[16];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int size() {
			return this.size;
		}

		int get(int i) {
			return this.values[i];
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

	/** A growable double array. */
	private static final class DoubleList {

		private double[] values = new double[1024];

		private int size;

		void add(double value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int size() {
			return this.size;
		}

		double[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
