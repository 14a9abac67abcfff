package org.corridor.observatory.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The districts' small maps (小地图) of a corridor report, drawn with Java2D from the zones'
 * shapes: one panel per measure — the districts' mean completion when any is rated, and
 * each additive indicator's share of the corridor — each district shaded from light
 * (none) to dark (the largest value of the panel), named and labelled with its value; a
 * district without a value is grey.
 */
public final class ReportMaps {

	public static final int WIDTH = 900;

	private static final int PANEL_W = 440;

	private static final int PANEL_H = 330;

	private static final Color LOW = new Color(0xEE, 0xF3, 0xFA);

	private static final Color HIGH = new Color(0x1F, 0x5F, 0xA8);

	private ReportMaps() {
	}

	/** The panels' image, or null when there are no shapes or nothing to map. */
	public static byte[] districts(AnnualReport report, Locale locale, String demoNotice) {
		if (report.districtShapes().isEmpty() || report.districts().isEmpty()) {
			return null;
		}
		boolean en = "en".equals(locale.getLanguage());
		Map<String, Map<String, Double>> panels = new LinkedHashMap<>();
		Map<String, Double> completion = new LinkedHashMap<>();
		for (AnnualReport.DistrictRow d : report.districts()) {
			if (d.meanCompletion() != null) {
				completion.put(d.code(), d.meanCompletion());
			}
			for (AnnualReport.Share share : d.shares()) {
				panels
					.computeIfAbsent(share.indicator().in(locale) + (en ? ": share of the corridor" : "：占全域比重"),
							(k) -> new LinkedHashMap<>())
					.put(d.code(), share.share());
			}
		}
		if (!completion.isEmpty()) {
			Map<String, Map<String, Double>> ordered = new LinkedHashMap<>();
			ordered.put(en ? "Mean completion" : "平均完成度", completion);
			ordered.putAll(panels);
			panels = ordered;
		}
		if (panels.isEmpty()) {
			return null;
		}
		List<Map.Entry<String, Map<String, Double>>> list = new ArrayList<>(panels.entrySet());
		int rows = (list.size() + 1) / 2;
		int height = rows * PANEL_H;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			Envelope extent = new Envelope();
			report.districtShapes().values().forEach((shape) -> extent.expandToInclude(shape.getEnvelopeInternal()));
			for (int i = 0; i < list.size(); i++) {
				int x = (i % 2) * (WIDTH / 2) + 10;
				int y = (i / 2) * PANEL_H;
				panel(g, report, locale, list.get(i).getKey(), list.get(i).getValue(), extent, x, y);
			}
			if (demoNotice != null) {
				ReportCharts.demoWatermark(g, WIDTH, height);
			}
		}
		finally {
			g.dispose();
		}
		return ReportCharts.png(image);
	}

	/** The image's height for as many panels as {@link #districts} draws. */
	public static int height(byte[] png) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(png)).getHeight();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void panel(Graphics2D g, AnnualReport report, Locale locale, String title,
			Map<String, Double> values, Envelope extent, int x0, int y0) {
		g.setColor(Color.DARK_GRAY);
		g.setFont(ReportFont.awt(14f));
		g.drawString(title, x0, y0 + 22);
		double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		int top = y0 + 34;
		int w = PANEL_W - 20;
		int h = PANEL_H - 60;
		double cos = Math.cos(Math.toRadians(extent.centre().y));
		double scale = Math.min(w / (extent.getWidth() * cos), h / extent.getHeight());
		double offsetX = x0 + (w - extent.getWidth() * cos * scale) / 2;
		double offsetY = top + (h - extent.getHeight() * scale) / 2;
		ShapeWriter writer = new ShapeWriter(
				(coordinate, point) -> point.setLocation(offsetX + (coordinate.x - extent.getMinX()) * cos * scale,
						offsetY + (extent.getMaxY() - coordinate.y) * scale));
		g.setFont(ReportFont.awt(11f));
		for (AnnualReport.DistrictRow d : report.districts()) {
			Geometry geometry = report.districtShapes().get(d.code());
			if (geometry == null) {
				continue;
			}
			Shape shape = writer.toShape(geometry);
			Double value = values.get(d.code());
			g.setColor((value == null) ? new Color(0xDD, 0xDD, 0xDD) : shade((max > 0) ? value / max : 0));
			g.fill(shape);
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(1.2f));
			g.draw(shape);
		}
		for (AnnualReport.DistrictRow d : report.districts()) {
			Geometry geometry = report.districtShapes().get(d.code());
			if (geometry == null) {
				continue;
			}
			Point inside = geometry.getInteriorPoint();
			java.awt.geom.Point2D at = new java.awt.geom.Point2D.Double();
			at.setLocation(offsetX + (inside.getX() - extent.getMinX()) * cos * scale,
					offsetY + (extent.getMaxY() - inside.getY()) * scale);
			Double value = values.get(d.code());
			String label = d.name().in(locale) + " " + ReportFormat.percent(value);
			int textWidth = g.getFontMetrics().stringWidth(label);
			boolean dark = value != null && max > 0 && value / max > 0.55;
			g.setColor(dark ? Color.WHITE : Color.BLACK);
			g.drawString(label, (float) at.getX() - textWidth / 2f, (float) at.getY() + 4);
		}
		g.setColor(Color.DARK_GRAY);
		g.setFont(ReportFont.awt(11f));
		int legendY = y0 + PANEL_H - 14;
		for (int i = 0; i <= 10; i++) {
			g.setColor(shade(i / 10.0));
			g.fillRect(x0 + i * 14, legendY - 10, 14, 10);
		}
		g.setColor(Color.DARK_GRAY);
		g.drawString("0% – " + ReportFormat.percent(max), x0 + 11 * 14 + 8, legendY);
	}

	private static Color shade(double t) {
		double f = Math.max(0, Math.min(1, t));
		return new Color((int) (LOW.getRed() + f * (HIGH.getRed() - LOW.getRed())),
				(int) (LOW.getGreen() + f * (HIGH.getGreen() - LOW.getGreen())),
				(int) (LOW.getBlue() + f * (HIGH.getBlue() - LOW.getBlue())));
	}

}
