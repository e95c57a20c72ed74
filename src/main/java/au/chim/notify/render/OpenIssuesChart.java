package au.chim.notify.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The digest's small chart of open issues per day, drawn by JFreeChart as a PNG. The email carries it as an
 * inline (CID) image: Outlook blocks remote images and does not show data: URLs.
 */
public final class OpenIssuesChart {
    /** The HTML names the image by this Content-ID; {@link #WIDTH} x {@link #HEIGHT} pixels. */
    public static final String CID = "open-issues-14d@clickhome-monitor";
    public static final int WIDTH = 560;
    public static final int HEIGHT = 180;

    private OpenIssuesChart() {
    }

    public static byte[] png(List<String> days, List<Integer> open) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < days.size() && i < open.size(); i++) {
            data.addValue(open.get(i), "open", days.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x1F, 0x6F, 0xB5));
        bars.setMaximumBarWidth(0.08);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        plot.getDomainAxis().setTickLabelFont(small);
        plot.getRangeAxis().setTickLabelFont(small);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);   // "Thu 12" wraps to two short lines instead of "T..."
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
