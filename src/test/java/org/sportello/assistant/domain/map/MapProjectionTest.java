package org.sportello.assistant.domain.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sportello.assistant.domain.map.MapFixtures.REPUBLIQUE;
import static org.sportello.assistant.domain.map.MapFixtures.walk;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.shared.GeoPoint;

/** Positions to pixels: north up, east right, a metre as long either way, everything framed, never too close. */
class MapProjectionTest {

    static final int WIDTH_PX = 640;
    static final int HEIGHT_PX = 400;
    static final int MARGIN_PX = 48;
    static final double PX = 1e-6;

    static MapProjection around(GeoPoint customer, GeoPoint... places) {
        return MapProjection.fitting(customer, List.of(places), WIDTH_PX, HEIGHT_PX, MARGIN_PX);
    }

    @Test
    void northIsUpAndEastIsRight() {
        GeoPoint north = walk(REPUBLIQUE, 0, 200);
        GeoPoint east = walk(REPUBLIQUE, 200, 0);
        MapProjection projection = around(REPUBLIQUE, north, east);

        assertThat(projection.y(north)).isLessThan(projection.y(REPUBLIQUE) - 100);
        assertThat(projection.x(north)).isCloseTo(projection.x(REPUBLIQUE), within(PX));
        assertThat(projection.x(east)).isGreaterThan(projection.x(REPUBLIQUE) + 100);
        assertThat(projection.y(east)).isCloseTo(projection.y(REPUBLIQUE), within(PX));
    }

    @Test
    void aPlace100MetresEastIsAsManyPixelsRightAsTheScaleSays() {
        GeoPoint east = walk(REPUBLIQUE, 100, 0);
        GeoPoint farther = walk(REPUBLIQUE, -700, 400);
        MapProjection projection = around(REPUBLIQUE, east, farther);

        assertThat(MapProjection.EARTH_RADIUS_METRES * REPUBLIQUE.radiansTo(east)).as("the locator's distance").isCloseTo(100, within(0.01));
        assertThat(projection.x(east) - projection.x(REPUBLIQUE)).isCloseTo(100 / projection.metresPerPixel(), within(0.01));
        assertThat(projection.y(REPUBLIQUE) - projection.y(walk(REPUBLIQUE, 0, 100))).isCloseTo(100 / projection.metresPerPixel(),
                within(0.01));
    }

    @Test
    void aDegreeOfLongitudeIsShortenedByTheCosineOfLatitude() {
        GeoPoint helsinki = new GeoPoint(60, 25);
        MapProjection north = around(helsinki, new GeoPoint(60.001, 25.001));
        MapProjection equator = around(new GeoPoint(0, 25), new GeoPoint(0.001, 25.001));

        double eastPx = north.x(new GeoPoint(60, 25.001)) - north.x(helsinki);
        double northPx = north.y(helsinki) - north.y(new GeoPoint(60.001, 25));
        assertThat(eastPx / northPx).isCloseTo(0.5, within(1e-9));
        assertThat((equator.x(new GeoPoint(0, 25.001)) - equator.x(new GeoPoint(0, 25)))
                / (equator.y(new GeoPoint(0, 25)) - equator.y(new GeoPoint(0.001, 25)))).isCloseTo(1, within(1e-9));
    }

    @Test
    void onePlaceAFewMetresAwayStillShowsAtLeastTheMinimumSpan() {
        MapProjection projection = around(REPUBLIQUE, walk(REPUBLIQUE, 3, 2));

        int innerHeightPx = HEIGHT_PX - 2 * MARGIN_PX;
        assertThat(projection.metresPerPixel()).isCloseTo(MapProjection.SPAN_METRES_MIN / innerHeightPx, within(1e-12));
        assertThat(projection.y(walk(REPUBLIQUE, 0, -150)) - projection.y(walk(REPUBLIQUE, 0, 150))).isCloseTo(innerHeightPx,
                within(0.01));
    }

    @Test
    void theCustomerAndEveryPlaceAreInsideTheMarginAndTheFarthestTouchesIt() {
        List<GeoPoint> places = List.of(walk(REPUBLIQUE, -2_000, 300), walk(REPUBLIQUE, 400, 900), walk(REPUBLIQUE, 600, -500));
        MapProjection projection = MapProjection.fitting(REPUBLIQUE, places, WIDTH_PX, HEIGHT_PX, MARGIN_PX);

        for (GeoPoint place : List.of(REPUBLIQUE, places.get(0), places.get(1), places.get(2))) {
            assertThat(projection.x(place)).as("x of %s", place).isBetween(MARGIN_PX - PX, WIDTH_PX - MARGIN_PX + PX);
            assertThat(projection.y(place)).as("y of %s", place).isBetween(MARGIN_PX - PX, HEIGHT_PX - MARGIN_PX + PX);
            assertThat(projection.shows(place)).isTrue();
        }
        assertThat(projection.x(places.get(0))).as("the westernmost place is at the left margin").isCloseTo(MARGIN_PX, within(PX));
        assertThat(projection.x(places.get(2))).as("the easternmost at the right one").isCloseTo(WIDTH_PX - MARGIN_PX, within(PX));
        assertThat(projection.shows(walk(REPUBLIQUE, 3_000, 0))).as("a place beyond the frame").isFalse();
    }

    @Test
    void theFramedBoxIsCentred() {
        GeoPoint east = walk(REPUBLIQUE, 1_000, 0);
        MapProjection projection = around(REPUBLIQUE, east);

        assertThat((projection.x(REPUBLIQUE) + projection.x(east)) / 2).isCloseTo(WIDTH_PX / 2.0, within(PX));
        assertThat(projection.y(REPUBLIQUE)).isCloseTo(HEIGHT_PX / 2.0, within(PX));
    }

    @Test
    void acrossTheAntimeridianAPlaceJustEastIsJustToTheRight() {
        GeoPoint fiji = new GeoPoint(-16.5, 179.999);
        GeoPoint acrossTheLine = new GeoPoint(-16.5, -179.999);
        MapProjection projection = around(fiji, acrossTheLine);

        double metres = (projection.x(acrossTheLine) - projection.x(fiji)) * projection.metresPerPixel();
        assertThat(metres).isCloseTo(MapProjection.EARTH_RADIUS_METRES * fiji.radiansTo(acrossTheLine), within(0.01));
    }

    @Test
    void refusesAPictureWithNoRoomInsideItsMargin() {
        assertThatThrownBy(() -> MapProjection.fitting(REPUBLIQUE, List.of(), 100, 80, 48))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a map of 100×80 px has no room inside a margin of 48 px");
    }
}
