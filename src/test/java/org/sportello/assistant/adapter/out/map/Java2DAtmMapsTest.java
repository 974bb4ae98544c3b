package org.sportello.assistant.adapter.out.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.assistant.domain.map.MapFixtures.ITALIAN;
import static org.sportello.assistant.domain.map.MapFixtures.REPUBLIQUE;
import static org.sportello.assistant.domain.map.MapFixtures.threePlacesAroundRepublique;
import static org.sportello.assistant.domain.map.MapFixtures.walk;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sportello.assistant.domain.map.AtmMap;
import org.sportello.assistant.domain.map.MapPin;
import org.sportello.assistant.domain.map.MapProjection;
import org.sportello.shared.GeoPoint;

/**
 * Maps drawn headless into PNGs: of the fixed size and small, each marker where the projection
 * puts it, in its colour. {@code -Datm.map.png=target/atm-map.png} writes the three-place map, to
 * look at.
 */
class Java2DAtmMapsTest {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Small enough for a chat on a phone's data plan. */
    static final int PNG_BYTES_MAX = 60 * 1024;

    final Java2DAtmMaps maps = new Java2DAtmMaps();

    static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO reads the bytes as an image").isNotNull();
        return image;
    }

    static MapProjection projectionOf(AtmMap map) {
        return map.projection(Java2DAtmMaps.WIDTH_PX, Java2DAtmMaps.HEIGHT_PX, Java2DAtmMaps.MARGIN_PX);
    }

    static int rgb(BufferedImage image, double x, double y) {
        return image.getRGB((int) Math.floor(x), (int) Math.floor(y)) & 0xffffff;
    }

    static int rgb(Color color) {
        return color.getRGB() & 0xffffff;
    }

    @Test
    void drawsASmallPngOf640By400() throws IOException {
        byte[] png = maps.draw(threePlacesAroundRepublique());
        String written = System.getProperty("atm.map.png");
        if (written != null) {
            Files.write(Path.of(written), png);
        }

        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        assertThat(png.length).isLessThan(PNG_BYTES_MAX);
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void theCustomerIsTheBlueDotWhereTheProjectionPutsThem() throws IOException {
        AtmMap map = threePlacesAroundRepublique();
        MapProjection projection = projectionOf(map);

        BufferedImage image = read(maps.draw(map));

        assertThat(rgb(image, projection.x(REPUBLIQUE), projection.y(REPUBLIQUE))).isEqualTo(rgb(MapStyle.CUSTOMER));
    }

    @Test
    void eachPinRisesInRedFromItsPlace() throws IOException {
        AtmMap map = threePlacesAroundRepublique();
        MapProjection projection = projectionOf(map);

        BufferedImage image = read(maps.draw(map));

        for (MapPin pin : map.pins()) {
            double x = projection.x(pin.position());
            double y = projection.y(pin.position());
            assertThat(rgb(image, x, y - Markers.PIN_TAIL_PX / 2)).as("the tail of pin %d", pin.number()).isEqualTo(rgb(MapStyle.PIN));
            assertThat(rgb(image, x, y + Markers.PIN_HEAD_RADIUS_PX)).as("below pin %d", pin.number()).isNotEqualTo(rgb(MapStyle.PIN));
        }
    }

    @Test
    void otherPlacesInsideTheFrameAreGreyDotsAndThoseOutsideAreLeftOut() throws IOException {
        AtmMap map = threePlacesAroundRepublique();
        MapProjection projection = projectionOf(map);

        BufferedImage image = read(maps.draw(map));

        GeoPoint southWest = map.others().get(0);
        assertThat(rgb(image, projection.x(southWest), projection.y(southWest))).isEqualTo(rgb(MapStyle.OTHER));
        assertThat(projection.shows(map.others().get(3))).as("5 km east is off the map").isFalse();
    }

    @Test
    void theCreditIsWrittenInTheBottomRightCorner() throws IOException {
        BufferedImage image = read(maps.draw(threePlacesAroundRepublique()));

        int darkPixels = 0;
        for (int x = Java2DAtmMaps.WIDTH_PX - 200; x < Java2DAtmMaps.WIDTH_PX; x++) {
            for (int y = Java2DAtmMaps.HEIGHT_PX - 24; y < Java2DAtmMaps.HEIGHT_PX; y++) {
                darkPixels += new Color(image.getRGB(x, y)).getGreen() < 0x80 ? 1 : 0;
            }
        }
        // Small anti-aliased text has few pixels of its exact colour; the paper and the grid are light.
        assertThat(darkPixels).as("pixels of text in the credit's corner").isGreaterThan(100);
    }

    @Test
    void theSameMapGivesTheSameBytesAndAFartherPlaceAnother() {
        AtmMap far = new AtmMap(REPUBLIQUE, List.of(new MapPin(1, walk(REPUBLIQUE, 3_000, 0))), List.of(), ITALIAN);

        assertThat(maps.draw(threePlacesAroundRepublique())).isEqualTo(maps.draw(threePlacesAroundRepublique()));
        assertThat(maps.draw(far)).isNotEqualTo(maps.draw(threePlacesAroundRepublique()));
    }
}
