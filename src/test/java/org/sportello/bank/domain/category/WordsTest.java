package org.sportello.bank.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void foldsCaseAndAccentsAndSplitsOnPunctuation() {
        assertThat(Words.ofName("Caffè NERO*Città-Alta 221")).containsExactly("caffe", "nero", "citta", "alta", "221");
        assertThat(Words.ofName("AMZN Mktp IT*2K4LK")).containsExactly("amzn", "mktp", "it", "2k4lk");
    }

    @Test
    void namesKeepElidedWordsTogether() {
        assertThat(Words.ofName("McDonald's")).containsExactly("mcdonalds");
        assertThat(Words.ofName("IN’S MERCATO")).containsExactly("ins", "mercato");
    }

    @Test
    void textSplitsElisionsAndDropsArticlesAndPrepositions() {
        assertThat(Words.ofText("Quanto ho speso al supermercato?")).containsExactly("quanto", "ho", "speso", "supermercato");
        assertThat(Words.ofText("bolletta dell'acqua")).containsExactly("bolletta", "acqua");
        assertThat(Words.ofText("money spent on the cinema")).containsExactly("money", "spent", "cinema");
    }

    @Test
    void nothingToFoldGivesNoWords() {
        assertThat(Words.ofText(null)).isEmpty();
        assertThat(Words.ofName("  *** ")).isEmpty();
    }

    @Test
    void cutsTextLongerThanTheLimit() {
        String longText = "a".repeat(Words.TEXT_CHARS_MAX) + " tail";
        assertThat(Words.ofName(longText)).containsExactly("a".repeat(Words.TEXT_CHARS_MAX));
    }

    @Test
    void keyKeepsOnlyLettersAndDigits() {
        assertThat(Words.key("S.r.l.")).isEqualTo("srl");
        assertThat(Words.key("Sant'Anna")).isEqualTo("santanna");
    }
}
