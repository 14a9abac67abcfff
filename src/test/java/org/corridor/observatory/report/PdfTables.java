package org.corridor.observatory.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the tables of a PDF back from what is drawn, without knowing how it was written:
 * every stroked rectangle is a cell, the text that starts and has its baseline in it is
 * its text (a cell's wrapped lines joined by newlines), and cells with the same top on a
 * page form a row. A table is its header row and the rows drawn right under it; on a new
 * page it goes on after its header drawn again. Text larger than 20 pt (the DEMO
 * watermark) and rotated text are left out.
 */
final class PdfTables {

	private final List<Row> rows = new ArrayList<>();

	private PdfTables() {
	}

	/** The rows of every table of the document, in reading order. */
	static PdfTables of(PDDocument doc) throws IOException {
		PdfTables tables = new PdfTables();
		List<List<TextPosition>> text = Texts.of(doc);
		for (int p = 0; p < doc.getNumberOfPages(); p++) {
			PDPage page = doc.getPage(p);
			float height = page.getMediaBox().getHeight();
			Cells cells = new Cells(page);
			cells.processPage(page);
			TreeMap<Float, List<float[]>> byTop = new TreeMap<>();
			for (float[] r : cells.found) {
				float top = height - r[3];
				byTop.computeIfAbsent(Math.round(top * 10) / 10f, (key) -> new ArrayList<>()).add(r);
			}
			for (var entry : byTop.entrySet()) {
				List<float[]> row = entry.getValue();
				row.sort(Comparator.comparingDouble((float[] r) -> r[0]));
				List<String> texts = new ArrayList<>();
				for (float[] r : row) {
					texts.add(text(text.get(p), r[0], height - r[3], r[2], height - r[1]));
				}
				float bottom = height - row.get(0)[1];
				tables.rows.add(new Row(p, entry.getKey(), bottom, texts));
			}
		}
		return tables;
	}

	/**
	 * The rows of the table whose header row is {@code headers} (white space aside: a
	 * header may wrap), header left out; cells as drawn, each line of a wrapped cell on
	 * its own line.
	 * @throws AssertionError when there is no such table
	 */
	List<List<String>> table(List<String> headers) {
		List<String> heading = headers.stream().map(PdfTables::squeezed).toList();
		for (int i = 0; i < this.rows.size(); i++) {
			if (!this.rows.get(i).squeezed().equals(heading)) {
				continue;
			}
			List<List<String>> found = new ArrayList<>();
			Row previous = this.rows.get(i);
			for (int j = i + 1; j < this.rows.size(); j++) {
				Row row = this.rows.get(j);
				boolean under = row.page() == previous.page() && Math.abs(row.top() - previous.bottom()) < 0.5f;
				if (under && row.cells().size() == headers.size()) {
					found.add(row.cells());
				}
				else if (row.page() == previous.page() + 1 && row.squeezed().equals(heading)) {
					// the header drawn again on the next page
				}
				else {
					break;
				}
				previous = row;
			}
			return found;
		}
		throw new AssertionError("no table headed " + headers + " in the PDF");
	}

	/**
	 * Header rows left alone at a page's foot: the last row of their page, drawn again as
	 * the first of the next one, with no row of their table under them.
	 */
	List<List<String>> headersAloneAtAPageFoot() {
		List<List<String>> alone = new ArrayList<>();
		for (int i = 0; i + 1 < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			Row next = this.rows.get(i + 1);
			if (next.page() == row.page() + 1 && next.squeezed().equals(row.squeezed())) {
				alone.add(row.cells());
			}
		}
		return alone;
	}

	/** The text of a cell: its lines top down, each line's characters left to right. */
	private static String text(List<TextPosition> page, float left, float top, float right, float bottom) {
		TreeMap<Float, TreeMap<Float, String>> lines = new TreeMap<>();
		for (TextPosition t : page) {
			// by where a character starts: closing punctuation may hang past the border
			float x = t.getXDirAdj();
			float y = t.getYDirAdj();
			if (x >= left && x < right && y > top && y < bottom) {
				lines.computeIfAbsent(Math.round(y * 10) / 10f, (key) -> new TreeMap<>())
					.merge(t.getXDirAdj(), t.getUnicode(), String::concat);
			}
		}
		List<String> text = new ArrayList<>();
		for (TreeMap<Float, String> line : lines.values()) {
			text.add(String.join("", line.values()).strip());
		}
		return String.join("\n", text);
	}

	/** The text with every white space removed, to compare a wrapped cell. */
	static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	private record Row(int page, float top, float bottom, List<String> cells) {

		List<String> squeezed() {
			return this.cells.stream().map(PdfTables::squeezed).toList();
		}

	}

	/** Every upright character of each page, the watermark left out. */
	private static final class Texts extends PDFTextStripper {

		private final List<List<TextPosition>> pages = new ArrayList<>();

		static List<List<TextPosition>> of(PDDocument doc) throws IOException {
			Texts texts = new Texts();
			for (int p = 0; p < doc.getNumberOfPages(); p++) {
				texts.pages.add(new ArrayList<>());
			}
			texts.getText(doc);
			return texts.pages;
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			if (text.getFontSizeInPt() < 20 && text.getDir() == 0) {
				this.pages.get(getCurrentPageNo() - 1).add(text);
			}
		}

	}

	/** The stroked rectangles of a page: {x0, y0, x1, y1} in PDF space. */
	private static final class Cells extends PDFGraphicsStreamEngine {

		private final List<float[]> found = new ArrayList<>();

		private final List<float[]> path = new ArrayList<>();

		private final Point2D.Float current = new Point2D.Float();

		Cells(PDPage page) {
			super(page);
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			float x0 = (float) Math.min(p0.getX(), p2.getX());
			float x1 = (float) Math.max(p0.getX(), p2.getX());
			float y0 = (float) Math.min(p0.getY(), p2.getY());
			float y1 = (float) Math.max(p0.getY(), p2.getY());
			this.path.add(new float[] { x0, y0, x1, y1 });
		}

		@Override
		public void strokePath() {
			this.found.addAll(this.path);
			this.path.clear();
		}

		@Override
		public void fillPath(int windingRule) {
			this.path.clear();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			strokePath();
		}

		@Override
		public void endPath() {
			this.path.clear();
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage(PDImage pdImage) {
		}

		@Override
		public void moveTo(float x, float y) {
			this.current.setLocation(x, y);
		}

		@Override
		public void lineTo(float x, float y) {
			this.current.setLocation(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			this.current.setLocation(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return this.current;
		}

		@Override
		public void closePath() {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}

	}

}
