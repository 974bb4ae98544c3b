package org.sportello.assistant.domain.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The scale bar: the longest round length that fits, labelled in metres or kilometres. */
class ScaleBarTest {

    static final double LENGTH_PX_MAX = 160;

    @Test
    void picksTheLongestRoundLengthThatFits() {
        assertThat(ScaleBar.fitting(1, LENGTH_PX_MAX).metres()).as("200 m would be 200 px").isEqualTo(100);
        assertThat(ScaleBar.fitting(1.25, LENGTH_PX_MAX).metres()).as("200 m is exactly 160 px").isEqualTo(200);
        assertThat(ScaleBar.fitting(3.2, LENGTH_PX_MAX).metres()).isEqualTo(500);
        assertThat(ScaleBar.fitting(10, LENGTH_PX_MAX).metres()).isEqualTo(1_000);
        assertThat(ScaleBar.fitting(20, LENGTH_PX_MAX).metres()).isEqualTo(2_000);
        assertThat(ScaleBar.fitting(40, LENGTH_PX_MAX).metres()).isEqualTo(5_000);
        assertThat(ScaleBar.fitting(1_000, LENGTH_PX_MAX).metres()).isEqualTo(100_000);
    }

    @Test
    void takesTheShortestWhenNoneFits() {
        assertThat(ScaleBar.fitting(0.1, LENGTH_PX_MAX).metres()).isEqualTo(50);
    }

    @Test
    void isDrawnAsLongAsItsLengthAtTheScale() {
        assertThat(new ScaleBar(500).lengthPx(3.2)).isCloseTo(156.25, within(1e-9));
    }

    @Test
    void writesMetresBelowAKilometreAndKilometresFromOne() {
        assertThat(new ScaleBar(50).label()).isEqualTo("50 m");
        assertThat(new ScaleBar(500).label()).isEqualTo("500 m");
        assertThat(new ScaleBar(1_000).label()).isEqualTo("1 km");
        assertThat(new ScaleBar(5_000).label()).isEqualTo("5 km");
    }

    @Test
    void refusesALengthThatIsNotRound() {
        assertThatThrownBy(() -> new ScaleBar(300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a scale bar is a round length from 50 m to 5,000 km, got 300 m");
        assertThatThrownBy(() -> ScaleBar.fitting(0, LENGTH_PX_MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metresPerPixel and lengthPxMax must be positive, got 0.0 and 160.0");
    }
}
