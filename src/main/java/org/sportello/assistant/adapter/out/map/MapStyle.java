package org.sportello.assistant.adapter.out.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;

/**
 * How the map looks: light paper so the markers stand out, the web chat's fonts large enough to
 * read on a phone, the customer in the blue maps use for "you are here", pins in a red that is
 * not it.
 */
final class MapStyle {

    static final Color PAPER = new Color(0xf4f2ec);
    static final Color GRID = new Color(0xe2dfd6);
    static final Color OTHER = new Color(0x9a9a9a);
    static final Color PIN = new Color(0xc62828);
    static final Color CUSTOMER = new Color(0x1a73e8);
    /** The customer's halo: the blue, faint, so the dot is found at a glance. */
    static final Color CUSTOMER_HALO = new Color(0x1a, 0x73, 0xe8, 0x40);
    static final Color INK = new Color(0x333333);
    static final Color HALO = Color.WHITE;

    static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private static final BasicStroke HALO_STROKE = new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private MapStyle() {
    }

    /** Anti-aliased shapes and text, exact geometry: dots stay round and the scale bar its length. */
    static void smooth(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** Text in {@code color} with a white halo, readable over the grid, the dots and the pins. */
    static void text(Graphics2D graphics, String text, Font font, Color color, double x, double baselineY) {
        Shape glyphs = font.createGlyphVector(graphics.getFontRenderContext(), text).getOutline((float) x, (float) baselineY);
        graphics.setStroke(HALO_STROKE);
        graphics.setColor(HALO);
        graphics.draw(glyphs);
        graphics.setColor(color);
        graphics.fill(glyphs);
    }

    /** How wide {@code text} is drawn, to right-align or centre it. */
    static double width(Graphics2D graphics, String text, Font font) {
        return font.getStringBounds(text, graphics.getFontRenderContext()).getWidth();
    }
}
