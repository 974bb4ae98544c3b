package org.sportello.bank.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo bank.
 *
 * @param enabled       seed the demo customers at first start and offer the web chat's demo sign-in
 * @param historyMonths months of transaction history seeded before today
 * @param seed          seed of the generator: the same seed and start day give the same history
 * @param feed          live card transactions while running
 */
@ConfigurationProperties("sportello.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("24") int historyMonths,
        @DefaultValue("20261118") long seed,
        @DefaultValue Feed feed) {

    public DemoProperties {
        if (historyMonths < 1 || historyMonths > 120) {
            throw new IllegalArgumentException("sportello.demo.history-months must be 1 to 120, got " + historyMonths);
        }
    }

    /**
     * @param enabled  book a plausible card transaction for a demo customer every {@code interval}
     * @param interval time between two live transactions
     * @param fraudEvery one tick in this many books a card fraud instead (a burst of tiny card tests, then a
     *                   large payment far from home) so the demo shows a "was this you?" alert; 0 never
     */
    public record Feed(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval,
                       @DefaultValue("120") int fraudEvery) {

        public Feed {
            if (interval.compareTo(Duration.ofMillis(100)) < 0) {
                throw new IllegalArgumentException("sportello.demo.feed.interval must be at least 100ms, got " + interval);
            }
            if (fraudEvery < 0) {
                throw new IllegalArgumentException("sportello.demo.feed.fraud-every must be 0 (never) or more, got " + fraudEvery);
            }
        }
    }
}
