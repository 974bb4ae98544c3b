package org.sportello.assistant.adapter.out.map;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.sportello.assistant.domain.map.ScaleBar;

/**
 * What a map carries besides its places: the grid that gives the paper a scale, the scale bar, the
 * north arrow and OpenStreetMap's credit, which its licence asks for wherever its data is shown.
 */
final class MapFurniture {

    /** From the picture's edges to the scale bar, the arrow and the credit. */
    static final int INSET_PX = 12;
    static final float GRID_STROKE_PX = 1;
    static final float BAR_STROKE_PX = 3;

    private final Graphics2D graphics;
    private final int widthPx;
    private final int heightPx;

    MapFurniture(Graphics2D graphics, int widthPx, int heightPx) {
        this.graphics = graphics;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** Squares as wide as the scale bar, through the customer's position: each is a known distance across. */
    void grid(double stepPx, double customerX, double customerY) {
        graphics.setColor(MapStyle.GRID);
        graphics.setStroke(new BasicStroke(GRID_STROKE_PX));
        for (double x = customerX % stepPx; x < widthPx; x += stepPx) {
            graphics.draw(new Line2D.Double(x, 0, x, heightPx));
        }
        for (double y = customerY % stepPx; y < heightPx; y += stepPx) {
            graphics.draw(new Line2D.Double(0, y, widthPx, y));
        }
    }

    /** Bottom left: the bar with its ends marked, its length written above it. */
    void scaleBar(ScaleBar scale, double metresPerPixel) {
        double left = INSET_PX;
        double right = left + scale.lengthPx(metresPerPixel);
        double y = heightPx - INSET_PX - BAR_STROKE_PX;
        Path2D bar = new Path2D.Double();
        bar.moveTo(left, y - 5);
        bar.lineTo(left, y);
        bar.lineTo(right, y);
        bar.lineTo(right, y - 5);
        graphics.setColor(MapStyle.HALO);
        graphics.setStroke(new BasicStroke(BAR_STROKE_PX + 3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(bar);
        graphics.setColor(MapStyle.INK);
        graphics.setStroke(new BasicStroke(BAR_STROKE_PX, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        graphics.draw(bar);
        MapStyle.text(graphics, scale.label(), MapStyle.SMALL, MapStyle.INK, left + 4, y - 8);
    }

    /** Top right: the map is north up; the arrow says so. */
    void northArrow(String label) {
        double x = widthPx - INSET_PX - 8;
        double top = INSET_PX;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(x, top);
        arrow.lineTo(x + 7, top + 18);
        arrow.lineTo(x, top + 13);
        arrow.lineTo(x - 7, top + 18);
        arrow.closePath();
        graphics.setColor(MapStyle.INK);
        graphics.fill(arrow);
        MapStyle.text(graphics, label, MapStyle.LABEL, MapStyle.INK, x - MapStyle.width(graphics, label, MapStyle.LABEL) / 2, top + 34);
    }

    /** Bottom right, where it covers no place: the map frames its places away from the edges. */
    void credit(String credit) {
        MapStyle.text(graphics, credit, MapStyle.SMALL, MapStyle.INK, widthPx - INSET_PX - MapStyle.width(graphics, credit, MapStyle.SMALL),
                heightPx - INSET_PX);
    }
}
