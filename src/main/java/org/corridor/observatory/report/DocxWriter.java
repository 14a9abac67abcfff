package org.corridor.observatory.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.corridor.observatory.report.ReportDocument.Block;
import org.corridor.observatory.report.ReportDocument.Heading;
import org.corridor.observatory.report.ReportDocument.Image;
import org.corridor.observatory.report.ReportDocument.Paragraph;
import org.corridor.observatory.report.ReportDocument.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a {@link ReportDocument} as a Word document (Apache POI) the office can go on
 * editing: headings as Word's heading styles (标题 1, 标题 2, in the navigation pane), tables
 * as Word tables with a repeated header row, charts as PNG pictures, A4. Chinese text is
 * set in 宋体/黑体 (the fonts every Chinese office has), Latin in Times New Roman. A report
 * with demo figures carries the DEMO notice in every page's header and a DEMO watermark
 * behind every page.
 */
public final class DocxWriter {

	private static final String BODY_EAST_ASIA = "宋体";

	private static final String HEADING_EAST_ASIA = "黑体";

	private static final String LATIN = "Times New Roman";

	private DocxWriter() {
	}

	public static byte[] write(ReportDocument report) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = doc.createStyles();
			styles.addStyle(headingStyle("Heading1", "heading 1", 0, 32));
			styles.addStyle(headingStyle("Heading2", "heading 2", 1, 28));
			styles.addStyle(headingStyle("Title", "Title", null, 40));
			CTSectPr section = doc.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			var margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(1440));
			margins.setBottom(BigInteger.valueOf(1440));
			margins.setLeft(BigInteger.valueOf(1134));
			margins.setRight(BigInteger.valueOf(1134));
			headerAndFooter(doc, report);
			XWPFParagraph title = doc.createParagraph();
			title.setStyle("Title");
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, report.title(), 20, true, HEADING_EAST_ASIA);
			XWPFParagraph subtitle = doc.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			run(subtitle, report.subtitle(), 10.5, false, BODY_EAST_ASIA);
			if (report.demo()) {
				XWPFParagraph demo = doc.createParagraph();
				demo.setAlignment(ParagraphAlignment.CENTER);
				XWPFRun r = run(demo, report.demoNotice(), 10.5, true, HEADING_EAST_ASIA);
				r.setColor("C0392B");
			}
			for (Block block : report.blocks()) {
				if (block instanceof Heading h) {
					XWPFParagraph p = doc.createParagraph();
					p.setStyle((h.level() == 1) ? "Heading1" : "Heading2");
					run(p, h.text(), (h.level() == 1) ? 16 : 14, true, HEADING_EAST_ASIA);
				}
				else if (block instanceof Paragraph para) {
					XWPFParagraph p = doc.createParagraph();
					if (!para.small()) {
						p.setFirstLineIndent(420);
					}
					p.setSpacingAfter(para.small() ? 0 : 120);
					run(p, para.text(), para.small() ? 9 : 10.5, false, BODY_EAST_ASIA);
				}
				else if (block instanceof Table t) {
					table(doc, t);
				}
				else if (block instanceof Image image) {
					XWPFParagraph p = doc.createParagraph();
					p.setAlignment(ParagraphAlignment.CENTER);
					double width = 450;
					double height = width * image.height() / image.width();
					p.createRun()
						.addPicture(new ByteArrayInputStream(image.png()), PictureType.PNG, "chart.png",
								Units.toEMU(width), Units.toEMU(height));
					XWPFParagraph caption = doc.createParagraph();
					caption.setAlignment(ParagraphAlignment.CENTER);
					run(caption, image.caption(), 9, false, BODY_EAST_ASIA);
				}
			}
			doc.getProperties().getCoreProperties().setTitle(report.title());
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void headerAndFooter(XWPFDocument doc, ReportDocument report) {
		XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
		if (report.demo()) {
			policy.createWatermark("DEMO");
			for (XWPFHeader header : List.of(policy.getDefaultHeader(), policy.getFirstPageHeader(),
					policy.getEvenPageHeader())) {
				if (header != null) {
					XWPFParagraph p = header.createParagraph();
					p.setAlignment(ParagraphAlignment.CENTER);
					XWPFRun r = run(p, report.demoNotice(), 9, true, HEADING_EAST_ASIA);
					r.setColor("C0392B");
				}
			}
		}
		XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, report.footer() + " · ", 9, false, BODY_EAST_ASIA);
		p.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private static void table(XWPFDocument doc, Table t) {
		XWPFParagraph caption = doc.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		caption.setKeepNext(true);
		run(caption, t.caption(), 10.5, true, HEADING_EAST_ASIA);
		int columns = t.headers().size();
		XWPFTable table = doc.createTable(t.rows().size() + 1, columns);
		table.setWidthType(TableWidthType.PCT);
		table.setWidth("100%");
		int sum = t.widths().stream().mapToInt(Integer::intValue).sum();
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns; c++) {
			XWPFTableCell cell = header.getCell(c);
			cell.setColor("DDE6F0");
			cell.setWidth(Math.round(100.0 * t.widths().get(c) / sum) + "%");
			cellText(cell, t.headers().get(c), true);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			row.setHeightRule(TableRowHeightRule.AUTO);
			List<String> cells = t.rows().get(r);
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(Math.round(100.0 * t.widths().get(c) / sum) + "%");
				cellText(cell, cells.get(c), false);
			}
		}
		doc.createParagraph();
	}

	private static void cellText(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		run(p, text, 9, bold, bold ? HEADING_EAST_ASIA : BODY_EAST_ASIA);
	}

	private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, String eastAsia) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setFontSize(size);
		r.setBold(bold);
		r.setFontFamily(LATIN, FontCharRange.ascii);
		r.setFontFamily(LATIN, FontCharRange.hAnsi);
		r.setFontFamily(eastAsia, FontCharRange.eastAsia);
		return r;
	}

	private static XWPFStyle headingStyle(String id, String name, Integer outline, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewBasedOn().setVal("Normal");
		style.addNewNext().setVal("Normal");
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		var paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		if (outline != null) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
		}
		var run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		return new XWPFStyle(style);
	}

}
