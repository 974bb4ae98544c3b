package org.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EllipsisTest {

    @Test
    void leavesTextThatFitsAndCutsTheRestToTheLengthWithAnEllipsis() {
        assertThat(Ellipsis.cut("Gare de Lyon", 12)).isEqualTo("Gare de Lyon");
        assertThat(Ellipsis.cut("Place de la République", 12)).isEqualTo("Place de la…").hasSize(12);
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String text = "abcdefghi📍 more";

        assertThat(Ellipsis.cut(text, 11)).isEqualTo("abcdefghi…");
        assertThat(Ellipsis.cut(text, 12)).isEqualTo("abcdefghi📍…");
    }

    @Test
    void refusesALengthWithNoRoomForTheEllipsis() {
        assertThatThrownBy(() -> Ellipsis.cut("text", 1)).hasMessage("charsMax must be at least 2, got 1");
    }
}
