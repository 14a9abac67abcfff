package org.corridor.observatory.report;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.corridor.observatory.report.ReportDocument.Block;
import org.corridor.observatory.report.ReportDocument.Heading;
import org.corridor.observatory.report.ReportDocument.Image;
import org.corridor.observatory.report.ReportDocument.Paragraph;
import org.corridor.observatory.report.ReportDocument.Table;

/**
 * Writes a {@link ReportDocument} as a PDF (Apache PDFBox) on A4, set in the report font
 * ({@link ReportFont}), embedded as a subset so that it renders the same anywhere. Text
 * wraps at any CJK character and at spaces between Latin words; tables repeat their
 * header row on each page; charts are drawn at the text width. Every page carries the
 * footer and its number, and, when demo figures are used, the DEMO notice at the top and
 * a DEMO watermark across it.
 */
public final class PdfWriter {

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float MARGIN = 56;

	private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float TOP = PAGE.getHeight() - MARGIN;

	private static final float BOTTOM = MARGIN;

	private static final float BODY = 10.5f;

	private final PDDocument doc;

	private final PDType0Font font;

	private final Map<Integer, Boolean> glyphs = new HashMap<>();

	private PDPage page;

	private PDPageContentStream content;

	private float y;

	private PdfWriter(PDDocument doc) throws IOException {
		this.doc = doc;
		this.font = PDType0Font.load(doc, new ByteArrayInputStream(ReportFont.bytes()), true);
	}

	public static byte[] write(ReportDocument report) {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfWriter writer = new PdfWriter(doc);
			writer.render(report);
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(report.title());
			info.setCreator("Corridor Observatory");
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void render(ReportDocument report) throws IOException {
		newPage();
		this.y -= 20;
		centered(report.title(), 18);
		this.y -= 6;
		centered(report.subtitle(), 9.5f);
		this.y -= 14;
		for (Block block : report.blocks()) {
			if (block instanceof Heading h) {
				float size = (h.level() == 1) ? 15 : 12.5f;
				ensure(size * 1.6f + 40);
				this.y -= (h.level() == 1) ? 14 : 8;
				text(h.text(), MARGIN, WIDTH, size, Color.BLACK);
				this.y -= 4;
			}
			else if (block instanceof Paragraph p) {
				float size = p.small() ? 8.5f : BODY;
				text(p.text(), MARGIN + (p.small() ? 12 : 0), WIDTH - (p.small() ? 12 : 0), size, Color.BLACK);
				this.y -= p.small() ? 1 : 6;
			}
			else if (block instanceof Table t) {
				table(t);
			}
			else if (block instanceof Image image) {
				image(image);
			}
		}
		this.content.close();
		decorate(report);
	}

	private void newPage() throws IOException {
		if (this.content != null) {
			this.content.close();
		}
		this.page = new PDPage(PAGE);
		this.doc.addPage(this.page);
		this.content = new PDPageContentStream(this.doc, this.page);
		this.y = TOP;
	}

	private void ensure(float height) throws IOException {
		if (this.y - height < BOTTOM) {
			newPage();
		}
	}

	private void centered(String text, float size) throws IOException {
		for (String line : wrap(text, size, WIDTH)) {
			ensure(size * 1.5f);
			float w = width(line, size);
			show(line, MARGIN + (WIDTH - w) / 2, this.y - size, size, Color.BLACK);
			this.y -= size * 1.5f;
		}
	}

	/** Writes wrapped text from the cursor down, breaking pages as needed. */
	private void text(String text, float x, float width, float size, Color color) throws IOException {
		for (String line : wrap(text, size, width)) {
			ensure(size * 1.5f);
			show(line, x, this.y - size, size, color);
			this.y -= size * 1.5f;
		}
	}

	private void show(String line, float x, float baseline, float size, Color color) throws IOException {
		this.content.beginText();
		this.content.setFont(this.font, size);
		this.content.setNonStrokingColor(color);
		this.content.newLineAtOffset(x, baseline);
		this.content.showText(line);
		this.content.endText();
	}

	private void table(Table t) throws IOException {
		float size = tableSize(t);
		float leading = size * 1.35f;
		float pad = 3;
		int columns = t.headers().size();
		float sum = t.widths().stream().mapToInt(Integer::intValue).sum();
		float[] w = new float[columns];
		for (int c = 0; c < columns; c++) {
			w[c] = WIDTH * t.widths().get(c) / sum;
		}
		List<List<String>> header = cells(t.headers(), w, size, pad);
		// the caption, the header and the first row on one page: a header alone at a
		// page's foot, drawn again on the next, says nothing
		float first = t.rows().isEmpty() ? 0 : height(cells(t.rows().get(0), w, size, pad), leading, pad);
		ensure(30 + height(header, leading, pad) + first);
		this.y -= 4;
		centered(t.caption(), 9.5f);
		row(header, w, leading, pad, true);
		for (List<String> cells : t.rows()) {
			List<List<String>> wrapped = cells(cells, w, size, pad);
			float height = height(wrapped, leading, pad);
			if (this.y - height < BOTTOM) {
				newPage();
				row(header, w, leading, pad, true);
			}
			row(wrapped, w, leading, pad, false);
		}
		this.y -= 10;
	}

	/** The type size of a table: smaller for the wide ones. */
	private static float tableSize(Table t) {
		return (t.headers().size() >= 9) ? 7.5f : 8;
	}

	private List<List<String>> cells(List<String> cells, float[] w, float size, float pad) {
		List<List<String>> wrapped = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			wrapped.add(wrap(cells.get(c), size, w[c] - 2 * pad));
		}
		return wrapped;
	}

	private static float height(List<List<String>> wrapped, float leading, float pad) {
		int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
		return Math.max(1, lines) * leading + 2 * pad;
	}

	/**
	 * One table row; each cell's first line sits on the same baseline, so text extraction
	 * reads a row as one line.
	 */
	private void row(List<List<String>> wrapped, float[] w, float leading, float pad, boolean header)
			throws IOException {
		float size = leading / 1.35f;
		float height = height(wrapped, leading, pad);
		if (this.y - height < BOTTOM) {
			newPage();
		}
		float top = this.y;
		if (header) {
			this.content.setNonStrokingColor(new Color(0xDD, 0xE6, 0xF0));
			this.content.addRect(MARGIN, top - height, WIDTH, height);
			this.content.fill();
		}
		this.content.setStrokingColor(new Color(0x88, 0x88, 0x88));
		this.content.setLineWidth(0.5f);
		float x = MARGIN;
		for (int c = 0; c < w.length; c++) {
			this.content.addRect(x, top - height, w[c], height);
			this.content.stroke();
			List<String> lines = wrapped.get(c);
			for (int i = 0; i < lines.size(); i++) {
				show(lines.get(i), x + pad, top - pad - size - i * leading + 1, size, Color.BLACK);
			}
			x += w[c];
		}
		this.y = top - height;
	}

	private void image(Image image) throws IOException {
		float width = WIDTH * 0.9f;
		float height = width * image.height() / image.width();
		ensure(height + 30);
		PDImageXObject picture = LosslessFactory.createFromImage(this.doc,
				javax.imageio.ImageIO.read(new ByteArrayInputStream(image.png())));
		this.content.drawImage(picture, MARGIN + (WIDTH - width) / 2, this.y - height - 4, width, height);
		this.y -= height + 8;
		centered(image.caption(), 9);
		this.y -= 6;
	}

	/** The footer and page number on every page; the DEMO notice and watermark too. */
	private void decorate(ReportDocument report) throws IOException {
		int total = this.doc.getNumberOfPages();
		int n = 0;
		for (PDPage each : this.doc.getPages()) {
			n++;
			try (PDPageContentStream c = new PDPageContentStream(this.doc, each, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				this.content = c;
				String foot = clean(report.footer() + " · " + n + " / " + total);
				float size = Math.min(8, 8 * WIDTH / width(foot, 8));
				float w = width(foot, size);
				show(foot, MARGIN + (WIDTH - w) / 2, BOTTOM - 24, size, new Color(0x55, 0x55, 0x55));
				if (report.demo()) {
					String notice = clean(report.demoNotice());
					for (String line : wrap(notice, 8, WIDTH)) {
						float lw = width(line, 8);
						show(line, MARGIN + (WIDTH - lw) / 2, TOP + 22, 8, new Color(0xC0, 0x39, 0x2B));
					}
					PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
					faint.setNonStrokingAlphaConstant(0.12f);
					c.saveGraphicsState();
					c.setGraphicsStateParameters(faint);
					c.beginText();
					c.setFont(this.font, 120);
					c.setNonStrokingColor(new Color(0xC0, 0x39, 0x2B));
					c.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(35), 150, 260));
					c.showText("DEMO");
					c.endText();
					c.restoreGraphicsState();
				}
			}
		}
	}

	private float width(String text, float size) throws IOException {
		return this.font.getStringWidth(text) / 1000 * size;
	}

	/** The text with any character the font cannot draw replaced by a question mark. */
	private String clean(String text) {
		StringBuilder s = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			if (cp == '\n' || cp == '\t') {
				s.append(' ');
			}
			else if (drawable(cp)) {
				s.appendCodePoint(cp);
			}
			else {
				s.append('?');
			}
		});
		return s.toString();
	}

	private boolean drawable(int cp) {
		return this.glyphs.computeIfAbsent(cp, (code) -> {
			try {
				this.font.encode(new String(Character.toChars(code)));
				return true;
			}
			catch (IOException | IllegalArgumentException ex) {
				return false;
			}
		});
	}

	/**
	 * The text in lines no wider than {@code width}: breaks at any CJK character and at
	 * spaces; a Latin word wider than a line is broken where it must. Punctuation that
	 * may not begin a line (避头点) hangs past the end of the line before, one mark at most;
	 * when more would, the character before the marks goes down with them.
	 */
	List<String> wrap(String text, float size, float width) {
		String clean = clean((text == null) ? "" : text);
		List<String> lines = new ArrayList<>();
		List<String> line = new ArrayList<>();
		float used = 0;
		try {
			for (String token : tokens(clean)) {
				float w = width(token, size);
				boolean hangs = closing(token) && used <= width && used + w <= width * 1.08f;
				if (used + w > width && !line.isEmpty() && !hangs) {
					List<String> carried = new ArrayList<>();
					if (closing(token)) {
						while (line.size() > 1 && closing(line.get(line.size() - 1))) {
							carried.add(0, line.remove(line.size() - 1));
						}
						if (line.size() > 1) {
							carried.add(0, line.remove(line.size() - 1));
						}
					}
					lines.add(String.join("", line).stripTrailing());
					line = carried;
					used = width(String.join("", line), size);
					if (token.isBlank() && line.isEmpty()) {
						continue;
					}
				}
				if (w > width) {
					for (int i = 0; i < token.length();) {
						int cp = token.codePointAt(i);
						String ch = new String(Character.toChars(cp));
						float cw = width(ch, size);
						if (used + cw > width && !line.isEmpty()) {
							lines.add(String.join("", line));
							line = new ArrayList<>();
							used = 0;
						}
						line.add(ch);
						used += cw;
						i += Character.charCount(cp);
					}
					continue;
				}
				line.add(token);
				used += w;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(String.join("", line).stripTrailing());
		}
		return lines;
	}

	/**
	 * Punctuation that may not begin a line (避头点): it stays at the end of the line
	 * before.
	 */
	private static boolean closing(String token) {
		return token.length() == 1 && "，。、；：？！）》」』”’,.;:?!)%".indexOf(token.charAt(0)) >= 0;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			boolean space = cp == ' ';
			boolean wide = cp >= 0x2E80;
			if (space || wide) {
				if (word.length() > 0) {
					tokens.add(word.toString());
					word.setLength(0);
				}
				tokens.add(new String(Character.toChars(cp)));
			}
			else {
				word.appendCodePoint(cp);
			}
		}
		if (word.length() > 0) {
			tokens.add(word.toString());
		}
		return tokens;
	}

}
