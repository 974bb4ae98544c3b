package org.sportello.assistant.adapter.out.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.sportello.assistant.adapter.out.Png;
import org.sportello.assistant.application.AtmMaps;
import org.sportello.assistant.domain.map.AtmMap;
import org.sportello.assistant.domain.map.MapProjection;
import org.sportello.assistant.domain.map.ScaleBar;
import org.sportello.atm.Atm;
import org.springframework.stereotype.Component;

/**
 * Maps drawn with Java2D into a 640×400 PNG, from the places alone: no streets, as there are no
 * tiles to draw them from, but true to scale, north up, with a scale bar, so the customer sees
 * which way and how far each place is. The same map always gives the same bytes.
 */
@Component
class Java2DAtmMaps implements AtmMaps {

    static final int WIDTH_PX = 640;
    static final int HEIGHT_PX = 400;
    /**
     * Between the places and the picture's edges: a pin rises 36 px above its place (its tail and
     * head, {@link Markers}), and the scale bar and the credit take the bottom corners.
     */
    static final int MARGIN_PX = 48;
    /** A quarter of the width: long enough to measure by, short enough to leave the credit its corner. */
    static final double SCALE_BAR_PX_MAX = WIDTH_PX / 4.0;

    @Override
    public byte[] draw(AtmMap map) {
        MapProjection projection = map.projection(WIDTH_PX, HEIGHT_PX, MARGIN_PX);
        ScaleBar scale = ScaleBar.fitting(projection.metresPerPixel(), SCALE_BAR_PX_MAX);
        // RGB, no alpha: smaller, and the same paper under the map whatever the chat's background.
        BufferedImage image = new BufferedImage(WIDTH_PX, HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            MapStyle.smooth(graphics);
            graphics.setColor(MapStyle.PAPER);
            graphics.fillRect(0, 0, WIDTH_PX, HEIGHT_PX);
            MapFurniture furniture = new MapFurniture(graphics, WIDTH_PX, HEIGHT_PX);
            furniture.grid(scale.lengthPx(projection.metresPerPixel()), projection.x(map.customer()), projection.y(map.customer()));
            Markers markers = new Markers(graphics, projection);
            markers.others(map.others());
            markers.pins(map.pins());
            markers.customer(map.customer(), map.labels().you());
            furniture.scaleBar(scale, projection.metresPerPixel());
            furniture.northArrow(map.labels().north());
            furniture.credit(Atm.ATTRIBUTION);
        } finally {
            graphics.dispose();
        }
        return Png.of(image);
    }
}
