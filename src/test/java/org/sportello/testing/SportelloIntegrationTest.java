package org.sportello.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the embedded default (H2 file database under target/, in-process
 * events, demo bank) on a random port, with the live demo feed off and the clock fixed at
 * {@link #NOW}. Every test class with this annotation shares one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sportello.data-dir=./target/test-data/${random.uuid}",
        "sportello.demo.feed.enabled=false",
        // Tests book bursts of payments on the demo cards: live fraud scoring would freeze them under
        // other tests' feet. FraudScoringFlowTest turns it on in a context of its own.
        "sportello.fraud.scoring.enabled=false",
        "sportello.clock.fixed=" + SportelloIntegrationTest.NOW,
        "logging.level.org.sportello=INFO",
        "sportello.admin.username=" + SportelloIntegrationTest.OPERATOR,
        "sportello.admin.password-hash={noop}" + SportelloIntegrationTest.OPERATOR_PASSWORD
})
@Import(TestClock.Configuration.class)
public @interface SportelloIntegrationTest {

    /** A Wednesday morning in Milan; the demo history ends the day before. */
    String NOW = "2026-11-18T09:30:00Z";

    /** A bank operator on the admin API. */
    String OPERATOR = "operator";
    String OPERATOR_PASSWORD = "test-only-operator-password";
}
