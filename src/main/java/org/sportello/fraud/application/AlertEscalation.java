package org.sportello.fraud.application;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.fraud.CaseStatus;
import org.sportello.fraud.FraudCase;
import org.sportello.fraud.FraudCaseEscalated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unanswered "was this you?": a second message after {@code remind-after}, then the case goes to
 * an agent after {@code escalate-after} (listed by the admin API until the agent console exists).
 */
@Component
public class AlertEscalation {

    private static final Logger log = LoggerFactory.getLogger(AlertEscalation.class);
    /** Cases handled per sweep: the next sweep takes the rest. */
    static final int CASES_PER_SWEEP_MAX = 500;

    private final CaseStore store;
    private final FraudCaseService cases;
    private final AlertProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertEscalation(CaseStore store, FraudCaseService cases, AlertProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sportello.fraud.alert.check-interval:1m}", initialDelayString = "${sportello.fraud.alert.check-interval:1m}")
    void sweep() {
        sweep(clock.instant());
    }

    /** Reminds and escalates what is due at {@code now}; returns how many cases it moved or reminded. */
    @Transactional
    public int sweep(Instant now) {
        int handled = 0;
        for (FraudCase due : store.awaitingBefore(now.minus(properties.escalateAfter()), CASES_PER_SWEEP_MAX)) {
            if (store.move(due.caseId(), CaseStatus.AWAITING_CUSTOMER, CaseStatus.ESCALATED, now)) {
                events.publishEvent(new FraudCaseEscalated(due.caseId(), due.customer(), now));
                log.info("fraud case {} unanswered for {}: escalated to an agent", due.caseId(), properties.escalateAfter());
                handled++;
            }
        }
        for (FraudCase due : store.unremindedBefore(now.minus(properties.remindAfter()), CASES_PER_SWEEP_MAX)) {
            cases.remind(due, now);
            handled++;
        }
        return handled;
    }
}
