package org.sportello.fraud.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.fraud.application.StreamScoringTest.properties;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sportello.fraud.domain.ScoringRules;
import org.springframework.boot.context.properties.bind.BindException;

/** The property defaults are the settings the evaluation measured, and a wrong setting names itself. */
class FraudPropertiesTest {

    @Test
    void theDefaultsAreTheEvaluatedRules() {
        FraudProperties defaults = properties(Map.of());

        assertThat(defaults.rules()).isEqualTo(ScoringRules.DEFAULTS);
        assertThat(defaults.cardsMax()).isEqualTo(100_000);
    }

    @Test
    void readsEachSetting() {
        FraudProperties given = properties(Map.of("sportello.fraud.alert-threshold", "0.4", "sportello.fraud.hold-threshold", "0.9",
                "sportello.fraud.risky-mccs", "7995", "sportello.fraud.short-window", "30m"));

        assertThat(given.rules().alertThreshold()).isEqualTo(0.4);
        assertThat(given.rules().holdThreshold()).isEqualTo(0.9);
        assertThat(given.rules().riskyMccs()).isEqualTo(Set.of("7995"));
        assertThat(given.rules().shortWindow()).hasMinutes(30);
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        FraudProperties given = properties(Map.of("sportello.fraud.alert-threshold", "0.97"));

        assertThatThrownBy(given::rules).hasMessage("thresholds must satisfy 0 < alert < hold <= 1, got alert 0.97 and hold 0.95");
        assertThatThrownBy(() -> properties(Map.of("sportello.fraud.cards-max", "0"))).isInstanceOf(BindException.class)
                .hasRootCauseMessage("sportello.fraud.cards-max must be at least 1, got 0");
    }
}
