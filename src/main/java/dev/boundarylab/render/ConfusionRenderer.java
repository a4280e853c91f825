package dev.boundarylab.render;

import dev.boundarylab.model.Confusion;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * Draws confusion matrices as plain tables with Java2D: for each table its title, the classes' names (with their
 * colour) over the columns (predicted) and beside the rows (true), each cell's count with its share of the row,
 * the cell tinted by that share (the diagonal in its class's colour, the mistakes in grey), and the accuracy under
 * it. A table is laid out at a base size and scaled to fit its share of the region, so text stays in proportion.
 */
final class ConfusionRenderer {
    static final double PAD = 12;
    static final double TITLE = 26;
    static final double HEADER = 22;
    static final double ROW_HEAD = 96;
    static final double CELL_H = 30;
    private static final double FOOTER = 24;
    private static final Color MISTAKE = new Color(0x5B626C);

    private final ColorMap colors;

    ConfusionRenderer(ColorMap colors) {
        this.colors = colors;
    }

    /** The width of a cell for K classes, in base units. */
    static double cellWidth(int k) {
        return k <= 4 ? 58 : 46;
    }

    /** The least base width of a table: room for its title and accuracy line when K is small. */
    static final double MIN_WIDTH = 264;

    /** The base width of the row names and the cells of K classes, without the room for the title. */
    private static double natural(int k) {
        return 2 * PAD + ROW_HEAD + k * cellWidth(k);
    }

    /** The base size of one table of K classes. */
    static Dimension tableSize(int k) {
        return new Dimension((int) Math.ceil(Math.max(MIN_WIDTH, natural(k))), (int)
                Math.ceil(TITLE + HEADER + k * CELL_H + FOOTER + PAD));
    }

    /** Draws every table of {@code spec} into the region (x, y, w, h) of g, filling it with white first. */
    void draw(Graphics2D g, double x, double y, double w, double h, ConfusionSpec spec) {
        Style.paintRegion(g, "confusion matrices", w, h, g2 -> {
            g2.setColor(Style.BACKGROUND);
            g2.fill(new Rectangle2D.Double(x, y, w, h));
            double cw = w / spec.columns();
            double rh = h / spec.rows();
            for (int i = 0; i < spec.tables().size(); i++) {
                double tx = x + (i % spec.columns()) * cw;
                double ty = y + (i / spec.columns()) * rh;
                table(g2, tx, ty, cw, rh, spec.classNames(), spec.tables().get(i));
            }
        });
    }

    private void table(
            Graphics2D g, double x, double y, double w, double h, List<String> names, ConfusionSpec.Table t) {
        int k = names.size();
        Dimension base = tableSize(k);
        // In proportion to its region, up to one and a half times its base size (larger reads no better).
        double s = Math.min(1.5, Math.min(w / base.width, h / base.height));
        double outer = x + (w - s * base.width) / 2;
        // The names and cells centred in a table widened for its title.
        double left = outer + s * (base.width - natural(k)) / 2;
        double top = y + (h - s * base.height) / 2;
        Font title = Style.font(Font.BOLD, 12 * s);
        Font font = Style.font(Font.PLAIN, 12 * s);
        Font small = Style.font(Font.PLAIN, 9.5 * s);
        double inner = s * (base.width - 4);
        Style.text(
                g,
                Style.fit(t.title(), title, inner),
                title,
                Style.TEXT,
                outer + s * base.width / 2,
                top + s * (TITLE - 8),
                0.5);
        double gridLeft = left + s * (PAD + ROW_HEAD);
        double gridTop = top + s * (TITLE + HEADER);
        double cw = s * cellWidth(k);
        double ch = s * CELL_H;
        Confusion m = t.matrix();
        if (m == null) {
            Style.text(g, t.note(), font, Style.MUTED, outer + s * base.width / 2, gridTop + k * ch / 2, 0.5);
            return;
        }
        Style.text(
                g,
                Style.fit("true \\ predicted", small, s * (ROW_HEAD - 6)),
                small,
                Style.MUTED,
                left + s * PAD,
                gridTop - s * 7,
                0);
        for (int j = 0; j < k; j++) {
            String name = Legend.className(names, j);
            // Over a column, "class 3" if it fits, else the bare name "3" (a long name is cut).
            String head = Style.width(small, name) <= cw - 14 * s ? name : Style.fit(names.get(j), small, cw - 14 * s);
            double cx = gridLeft + (j + 0.5) * cw;
            dot(g, j, k, cx - Math.min(cw / 2 - 4 * s, Style.width(small, head) / 2 + 6 * s), gridTop - s * 10, s);
            Style.text(g, head, small, Style.TEXT, cx + 4 * s, gridTop - s * 6, 0.5);
            double cy = gridTop + (j + 0.5) * ch;
            dot(g, j, k, left + s * (PAD + 4), cy, s);
            Style.text(
                    g,
                    Style.fit(name, font, s * (ROW_HEAD - 18)),
                    font,
                    Style.TEXT,
                    left + s * (PAD + 12),
                    cy + Style.capHeight(font) / 2,
                    0);
        }
        for (int r = 0; r < k; r++) {
            int row = 0;
            for (int c = 0; c < k; c++) {
                row += m.count(r, c);
            }
            for (int c = 0; c < k; c++) {
                int n = m.count(r, c);
                double share = row == 0 ? 0 : (double) n / row;
                Rectangle2D cell = new Rectangle2D.Double(gridLeft + c * cw, gridTop + r * ch, cw, ch);
                int tint = r == c ? colors.classOverWhite(r, k, 0.12 + 0.5 * share) : overWhite(MISTAKE, 0.45 * share);
                g.setColor(new Color(tint));
                g.fill(cell);
                g.setColor(Style.GRID);
                g.draw(cell);
                double cx = cell.getCenterX();
                if (row > 0 && ch > 2.2 * font.getSize2D()) {
                    Style.text(g, Integer.toString(n), font, Style.TEXT, cx, cell.getCenterY() - s, 0.5);
                    String pct = String.format(Locale.ROOT, "%.0f%%", 100 * share);
                    Style.text(g, pct, small, Style.MUTED, cx, cell.getCenterY() + s * 10, 0.5);
                } else {
                    Style.text(
                            g,
                            Integer.toString(n),
                            font,
                            Style.TEXT,
                            cx,
                            cell.getCenterY() + Style.capHeight(font) / 2,
                            0.5);
                }
            }
        }
        String foot = m.total() == 0
                ? "no points"
                : String.format(Locale.ROOT, "accuracy %.1f%% of %,d points", 100 * m.accuracy(), m.total());
        Style.text(g, foot, font, Style.MUTED, outer + s * base.width / 2, gridTop + k * ch + s * 17, 0.5);
    }

    private void dot(Graphics2D g, int j, int k, double cx, double cy, double s) {
        double r = 3.6 * s;
        Ellipse2D.Double d = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(new Color(colors.point(j, k), true));
        g.fill(d);
    }

    /** The colour c laid over white at opacity a, as an opaque RGB int. */
    private static int overWhite(Color c, double a) {
        int r = (int) Math.round(255 + a * (c.getRed() - 255));
        int gr = (int) Math.round(255 + a * (c.getGreen() - 255));
        int b = (int) Math.round(255 + a * (c.getBlue() - 255));
        return r << 16 | gr << 8 | b;
    }
}
