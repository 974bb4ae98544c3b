package org.sportello.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.fraud.CardPayments.aPayment;

import org.junit.jupiter.api.Test;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The running application offers the scorer to other modules, with the default settings. */
@SportelloIntegrationTest
class FraudScoringWiringTest {

    @Autowired
    FraudScoring scoring;

    @Test
    void scoresAPaymentOfACardItHasNotSeen() {
        Assessment assessment = scoring.assess(aPayment().card("wiring-test-card").of("300.00").build());

        assertThat(assessment.decision()).isEqualTo(Decision.ALERT);
        assertThat(assessment.reasons()).extracting(Reason::code).containsExactly(ReasonCode.LARGE_AMOUNT, ReasonCode.NEW_CARD);
    }
}
