package org.corridor.observatory.report;

import java.util.List;

/**
 * A report as written in one language, format aside: a title, and blocks in reading
 * order. The Word and PDF writers render the same document ({@link DocxWriter},
 * {@link PdfWriter}).
 *
 * @param title the title
 * @param subtitle the line under it (scope, year, as-of date)
 * @param demoNotice the DEMO notice every page carries, or null when no demo figure is
 * used
 * @param footer the line at the foot of every page
 * @param blocks the content
 */
public record ReportDocument(String title, String subtitle, String demoNotice, String footer, List<Block> blocks) {

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

	public boolean demo() {
		return this.demoNotice != null;
	}

	/** A part of the report. */
	public sealed interface Block permits Heading, Paragraph, Table, Image {

	}

	/**
	 * A heading, level 1 (一、…) or 2 ((一)…).
	 *
	 * @param level 1 or 2
	 * @param text the text
	 */
	public record Heading(int level, String text) implements Block {
	}

	/**
	 * A paragraph of text.
	 *
	 * @param text the text
	 * @param small whether it is set small (notes, working)
	 */
	public record Paragraph(String text, boolean small) implements Block {

		public Paragraph(String text) {
			this(text, false);
		}

	}

	/**
	 * A table with a header row.
	 *
	 * @param caption the caption above it
	 * @param headers the header cells
	 * @param rows the rows, each as many cells as headers
	 * @param widths the columns' relative widths
	 */
	public record Table(String caption, List<String> headers, List<List<String>> rows,
			List<Integer> widths) implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
			widths = List.copyOf(widths);
		}

	}

	/**
	 * A picture (a chart) as PNG.
	 *
	 * @param png the image
	 * @param width its width in pixels
	 * @param height its height in pixels
	 * @param caption the caption under it
	 */
	public record Image(byte[] png, int width, int height, String caption) implements Block {
	}

}
