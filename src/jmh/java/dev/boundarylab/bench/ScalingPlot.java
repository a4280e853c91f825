package dev.boundarylab.bench;

import dev.boundarylab.files.PngWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws epochs per second against the number of points, ours and numpy's, on log-log axes, from the
 * {@code training.csv} that {@code bench/run.sh} writes: {@code java ... ScalingPlot training.csv HIDDEN out.png}.
 */
public final class ScalingPlot {
    private static final int W = 760;
    private static final int H = 480;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 56;
    private static final int BOTTOM = 70;

    private ScalingPlot() {}

    /** Reads the CSV, keeps the rows of the given hidden size, and writes the plot. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ScalingPlot training.csv HIDDEN out.png");
            System.exit(2);
        }
        int hidden = Integer.parseInt(args[1]);
        List<double[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (Integer.parseInt(f[1]) == hidden) {
                double numpy = f[4].isEmpty() ? Double.NaN : Double.parseDouble(f[4]);
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[2]), numpy});
            }
        }
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        if (rows.size() < 2) {
            System.err.println("ScalingPlot: fewer than two sizes with " + hidden + " hidden units in " + args[0]);
            System.exit(2);
        }
        PngWriter.write(draw(rows, hidden), Path.of(args[2]));
    }

    static BufferedImage draw(List<double[]> rows, int hidden) {
        double x0 = Math.floor(Math.log10(rows.get(0)[0]));
        double x1 = Math.ceil(Math.log10(rows.get(rows.size() - 1)[0]));
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[] r : rows) {
            for (int k = 1; k <= 2; k++) {
                if (r[k] > 0) {
                    y0 = Math.min(y0, Math.log10(r[k]));
                    y1 = Math.max(y1, Math.log10(r[k]));
                }
            }
        }
        y0 = Math.floor(y0);
        y1 = Math.ceil(y1);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(small);
        for (double d = x0; d <= x1; d++) {
            int x = LEFT + (int) Math.round((d - x0) / (x1 - x0) * pw);
            g.setColor(new Color(0xE5E7EB));
            g.drawLine(x, TOP, x, TOP + ph);
            g.setColor(new Color(0x374151));
            String s = String.format(Locale.ROOT, "%,d", (long) Math.pow(10, d));
            g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, TOP + ph + 18);
        }
        for (double d = y0; d <= y1; d++) {
            int y = TOP + ph - (int) Math.round((d - y0) / (y1 - y0) * ph);
            g.setColor(new Color(0xE5E7EB));
            g.drawLine(LEFT, y, LEFT + pw, y);
            g.setColor(new Color(0x374151));
            String s = String.format(Locale.ROOT, "%,g", Math.pow(10, d)).replaceAll("\\.?0+$", "");
            g.drawString(s, LEFT - 8 - g.getFontMetrics().stringWidth(s), y + 4);
        }
        g.setColor(new Color(0x9CA3AF));
        g.drawRect(LEFT, TOP, pw, ph);
        Color[] colors = {new Color(0x6A3FB5), new Color(0xE07B28)};
        String[] names = {"Boundary Lab (JMH)", "numpy (numpy_seed.py)"};
        for (int k = 1; k <= 2; k++) {
            Path2D.Double line = new Path2D.Double();
            boolean started = false;
            g.setColor(colors[k - 1]);
            for (double[] r : rows) {
                if (!(r[k] > 0)) {
                    continue;
                }
                double x = LEFT + (Math.log10(r[0]) - x0) / (x1 - x0) * pw;
                double y = TOP + ph - (Math.log10(r[k]) - y0) / (y1 - y0) * ph;
                if (started) {
                    line.lineTo(x, y);
                } else {
                    line.moveTo(x, y);
                    started = true;
                }
                g.fillOval((int) Math.round(x) - 4, (int) Math.round(y) - 4, 9, 9);
            }
            g.setStroke(new BasicStroke(2.2f));
            g.draw(line);
            g.fillRect(LEFT + pw - 220, TOP + 14 + 20 * (k - 1), 18, 4);
            g.setColor(new Color(0x111827));
            g.drawString(names[k - 1], LEFT + pw - 196, TOP + 20 + 20 * (k - 1));
        }
        g.setColor(new Color(0x111827));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Epochs per second against data size, " + hidden + " hidden units", LEFT, 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString("points", LEFT + pw / 2 - 20, H - 22);
        g.rotate(-Math.PI / 2);
        g.drawString("epochs per second", -(TOP + ph / 2 + 55), 26);
        g.dispose();
        return img;
    }
}
