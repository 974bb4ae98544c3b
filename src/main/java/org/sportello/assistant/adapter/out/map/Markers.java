package org.sportello.assistant.adapter.out.map;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.sportello.assistant.domain.map.MapPin;
import org.sportello.assistant.domain.map.MapProjection;
import org.sportello.shared.GeoPoint;

/** What marks a position on the map: grey dots for the places around, numbered pins for the answer's, the customer's blue dot. */
final class Markers {

    static final double OTHER_RADIUS_PX = 3.5;
    /** A pin's tip is on its place; the tail rises this far to the head, which holds the number. */
    static final double PIN_TAIL_PX = 18;
    static final double PIN_HEAD_RADIUS_PX = 12;
    static final double PIN_TAIL_HALF_WIDTH_PX = 7;
    static final double CUSTOMER_RADIUS_PX = 6.5;
    static final double CUSTOMER_RING_PX = 3;
    static final double CUSTOMER_HALO_RADIUS_PX = 18;
    /** White around each pin: overlapping pins stay apart. */
    private static final BasicStroke PIN_OUTLINE = new BasicStroke(1.5f);

    private final Graphics2D graphics;
    private final MapProjection projection;

    Markers(Graphics2D graphics, MapProjection projection) {
        this.graphics = graphics;
        this.projection = projection;
    }

    /** Those off the picture are left out: they would only be cut in half at its edge. */
    void others(List<GeoPoint> places) {
        graphics.setColor(MapStyle.OTHER);
        for (GeoPoint place : places) {
            if (projection.shows(place)) {
                graphics.fill(circle(projection.x(place), projection.y(place), OTHER_RADIUS_PX));
            }
        }
    }

    /** The last first, so where pins overlap the nearest place's is on top, as it is first in the list. */
    void pins(List<MapPin> pins) {
        for (int i = pins.size() - 1; i >= 0; i--) {
            pin(pins.get(i));
        }
    }

    /** Last of all, so no pin hides where the customer is; the label says it is them. */
    void customer(GeoPoint customer, String label) {
        double x = projection.x(customer);
        double y = projection.y(customer);
        graphics.setColor(MapStyle.CUSTOMER_HALO);
        graphics.fill(circle(x, y, CUSTOMER_HALO_RADIUS_PX));
        graphics.setColor(MapStyle.HALO);
        graphics.fill(circle(x, y, CUSTOMER_RADIUS_PX + CUSTOMER_RING_PX));
        graphics.setColor(MapStyle.CUSTOMER);
        graphics.fill(circle(x, y, CUSTOMER_RADIUS_PX));
        // Right of the dot, or left of it when a place's name would run off the picture.
        double gap = CUSTOMER_RADIUS_PX + CUSTOMER_RING_PX + 4;
        double width = MapStyle.width(graphics, label, MapStyle.LABEL);
        double labelX = x + gap + width <= graphics.getDeviceConfiguration().getBounds().width ? x + gap : x - gap - width;
        MapStyle.text(graphics, label, MapStyle.LABEL, MapStyle.CUSTOMER, labelX, y + 5);
    }

    private void pin(MapPin pin) {
        double x = projection.x(pin.position());
        double y = projection.y(pin.position());
        // The tail's wide end reaches into the head, so the two read as one shape.
        double headY = y - PIN_TAIL_PX - PIN_HEAD_RADIUS_PX / 2;
        Path2D tail = new Path2D.Double();
        tail.moveTo(x - PIN_TAIL_HALF_WIDTH_PX, y - PIN_TAIL_PX);
        tail.lineTo(x + PIN_TAIL_HALF_WIDTH_PX, y - PIN_TAIL_PX);
        tail.lineTo(x, y);
        tail.closePath();
        Area shape = new Area(circle(x, headY, PIN_HEAD_RADIUS_PX));
        shape.add(new Area(tail));
        graphics.setColor(MapStyle.PIN);
        graphics.fill(shape);
        graphics.setColor(MapStyle.HALO);
        graphics.setStroke(PIN_OUTLINE);
        graphics.draw(shape);
        String number = Integer.toString(pin.number());
        graphics.setFont(MapStyle.LABEL);
        graphics.drawString(number, (float) (x - MapStyle.width(graphics, number, MapStyle.LABEL) / 2), (float) (headY + 4.5));
    }

    private static Ellipse2D circle(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
    }
}
