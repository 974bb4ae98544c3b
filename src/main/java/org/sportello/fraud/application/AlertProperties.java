package org.sportello.fraud.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What happens when nobody answers "was this you?".
 *
 * @param remindAfter   when the second message goes, after the first
 * @param escalateAfter when an agent takes the case, after the first message
 * @param checkInterval how often unanswered cases are looked at
 * @param quietPeriod   after the scorer asks about a card, further suspicious payments of that card
 *                      within this time join the open question instead of asking again
 */
@ConfigurationProperties("sportello.fraud.alert")
public record AlertProperties(@DefaultValue("10m") Duration remindAfter,
                              @DefaultValue("30m") Duration escalateAfter,
                              @DefaultValue("1m") Duration checkInterval,
                              @DefaultValue("1h") Duration quietPeriod) {

    public AlertProperties {
        if (escalateAfter.compareTo(remindAfter) <= 0) {
            throw new IllegalArgumentException("sportello.fraud.alert.escalate-after (" + escalateAfter
                    + ") must be longer than remind-after (" + remindAfter + ")");
        }
    }
}
