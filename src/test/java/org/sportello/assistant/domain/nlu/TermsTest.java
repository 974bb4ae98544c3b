package org.sportello.assistant.domain.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void wordNgramsMarkTheStartAndEndOfTheMessage() {
        Map<String, Integer> terms = Terms.of("freeze my card");

        assertThat(terms).containsKeys("w:freeze", "w:my", "w:card", "w:^ freeze", "w:card $", "w:^ freeze my",
                "w:freeze my card", "w:my card $");
        assertThat(terms).doesNotContainKeys("w:^", "w:$", "w:^ freeze my card");
    }

    @Test
    void characterNgramsStayInsideAWord() {
        Map<String, Integer> terms = Terms.of("freeze my card");

        assertThat(terms).containsKeys("c: f", "c:fr", "c:free", "c:reeze", "c:eze ", "c: my ", "c:card ");
        assertThat(terms).doesNotContainKeys("c:e m", "c:y c", "c:freeze");
    }

    @Test
    void countsATermEachTimeItOccurs() {
        assertThat(Terms.of("card card").get("w:card")).isEqualTo(2);
    }

    @Test
    void anEmptyMessageHasNoTerms() {
        assertThat(Terms.of("")).isEmpty();
    }
}
