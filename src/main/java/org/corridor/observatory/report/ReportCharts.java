package org.corridor.observatory.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.corridor.observatory.monitor.IndicatorEvaluation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart of a lagging indicator (JFreeChart, drawn into a PNG in the report font): its
 * figures year by year, the baseline as a line, the target as a point in its year, and
 * the projection from the last figure to the target year.
 */
public final class ReportCharts {

	public static final int WIDTH = 900;

	public static final int HEIGHT = 420;

	private ReportCharts() {
	}

	public static byte[] chart(AnnualReport.IndicatorRow row, Locale locale, String demoNotice) {
		boolean en = "en".equals(locale.getLanguage());
		IndicatorEvaluation e = row.evaluation();
		XYSeries actual = new XYSeries(en ? "Figures" : "实际值");
		for (Map.Entry<Integer, Double> point : row.series().entrySet()) {
			actual.add(point.getKey(), point.getValue());
		}
		XYSeriesCollection data = new XYSeriesCollection(actual);
		if (e.target() != null && e.targetValue() != null) {
			XYSeries target = new XYSeries(en ? "Target" : "目标值");
			target.add(e.target().year(), e.targetValue());
			data.addSeries(target);
			if (e.projection() != null && !row.series().isEmpty()) {
				XYSeries projection = new XYSeries(en ? "Projection" : "趋势预测");
				projection.add(row.series().lastKey(), row.series().get(row.series().lastKey()));
				projection.add(e.target().year(), e.projection());
				data.addSeries(projection);
			}
		}
		String title = row.indicator().name().in(locale) + "（" + row.indicator().unit().in(locale) + "）";
		NumberAxis years = new NumberAxis(en ? "Year" : "年份");
		years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		years.setAutoRangeIncludesZero(false);
		years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
		NumberAxis values = new NumberAxis(row.indicator().unit().in(locale));
		values.setAutoRangeIncludesZero(false);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		renderer.setSeriesPaint(0, new Color(0x1F, 0x5F, 0xA8));
		renderer.setSeriesStroke(0, new BasicStroke(2.5f));
		renderer.setSeriesPaint(1, new Color(0xC0, 0x39, 0x2B));
		renderer.setSeriesLinesVisible(1, false);
		renderer.setSeriesPaint(2, new Color(0x7F, 0x8C, 0x8D));
		renderer.setSeriesStroke(2,
				new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 6f }, 0f));
		XYPlot plot = new XYPlot(data, years, values, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		if (e.baselineValue() != null) {
			ValueMarker baseline = new ValueMarker(e.baselineValue());
			baseline.setPaint(new Color(0x27, 0xAE, 0x60));
			baseline.setStroke(new BasicStroke(1.5f));
			baseline.setLabel((en ? "Baseline " : "基期值 ") + ReportFormat.figure(e.baselineValue()));
			baseline.setLabelFont(ReportFont.awt(13f));
			baseline.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			baseline.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
			baseline.setLabelBackgroundColor(new Color(255, 255, 255, 0));
			plot.addRangeMarker(baseline);
		}
		JFreeChart chart = new JFreeChart(title, ReportFont.awt(18f), plot, true);
		StandardChartTheme theme = new StandardChartTheme("report");
		theme.setExtraLargeFont(ReportFont.awt(18f));
		theme.setLargeFont(ReportFont.awt(15f));
		theme.setRegularFont(ReportFont.awt(13f));
		theme.setSmallFont(ReportFont.awt(11f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.apply(chart);
		renderer.setSeriesPaint(0, new Color(0x1F, 0x5F, 0xA8));
		renderer.setSeriesPaint(1, new Color(0xC0, 0x39, 0x2B));
		renderer.setSeriesPaint(2, new Color(0x7F, 0x8C, 0x8D));
		chart.setAntiAlias(true);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
			if (demoNotice != null) {
				demoWatermark(g, WIDTH, HEIGHT);
			}
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	/**
	 * DEMO across the middle of a picture, the way every chart and map of a report has
	 * it.
	 */
	static void demoWatermark(Graphics2D g, int width, int height) {
		g.setFont(ReportFont.awt(72f));
		g.setColor(new Color(200, 30, 30, 60));
		g.rotate(-Math.PI / 8, width / 2.0, height / 2.0);
		g.drawString("DEMO", width / 2 - 110, height / 2 + 25);
	}

	/** A picture as PNG bytes. */
	static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
