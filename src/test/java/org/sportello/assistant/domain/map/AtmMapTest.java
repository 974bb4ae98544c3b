package org.sportello.assistant.domain.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.assistant.domain.map.MapFixtures.ITALIAN;
import static org.sportello.assistant.domain.map.MapFixtures.REPUBLIQUE;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A map's limits: pins to tell apart, a bounded crowd around them, short labels. */
class AtmMapTest {

    static final MapPin FIRST = new MapPin(1, REPUBLIQUE);

    @Test
    void needsAPinAndAtMostTen() {
        assertThatThrownBy(() -> new AtmMap(REPUBLIQUE, List.of(), List.of(), ITALIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a map has 1 to 10 pins, got 0");
        List<MapPin> eleven = IntStream.rangeClosed(1, 11).mapToObj(number -> new MapPin(number, REPUBLIQUE)).toList();
        assertThatThrownBy(() -> new AtmMap(REPUBLIQUE, eleven, List.of(), ITALIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a map has 1 to 10 pins, got 11");
    }

    @Test
    void showsAtMostAHundredOtherPlaces() {
        assertThat(new AtmMap(REPUBLIQUE, List.of(FIRST), Collections.nCopies(100, REPUBLIQUE), ITALIAN).others()).hasSize(100);
        assertThatThrownBy(() -> new AtmMap(REPUBLIQUE, List.of(FIRST), Collections.nCopies(101, REPUBLIQUE), ITALIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a map has at most 100 other places, got 101");
    }

    @Test
    void numbersPinsWithOneOrTwoDigits() {
        assertThat(new MapPin(99, REPUBLIQUE).number()).isEqualTo(99);
        assertThatThrownBy(() -> new MapPin(0, REPUBLIQUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pin number must be 1 to 99, got 0");
        assertThatThrownBy(() -> new MapPin(100, REPUBLIQUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pin number must be 1 to 99, got 100");
    }

    @Test
    void keepsLabelsShort() {
        assertThat(new MapLabels(" You ", "N").you()).isEqualTo("You");
        assertThatThrownBy(() -> new MapLabels("La tua posizione, qui dove sei adesso", "N"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("you label must be 1 to 32 characters, got 'La tua posizione, qui dove sei adesso'");
        assertThatThrownBy(() -> new MapLabels("Tu", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("north label must be 1 to 32 characters, got ' '");
    }
}
