package org.sportello.consent.application;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.consent.AccountUnlinked;
import org.sportello.consent.ConsentExpiring;
import org.sportello.consent.UnlinkReason;
import org.sportello.consent.domain.Link;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time's effect on consents, every {@code sportello.consent.sweep-interval}: a reminder with a
 * renew button before a consent runs out, the end of those that ran out, and the end of linking
 * requests nobody came back from. Each link changes in its own transaction, so one failure does
 * not hold back the rest.
 */
@Service
public class ConsentLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsentLifecycle.class);
    static final int PAGE = 500;

    private final LinkStore links;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConsentProperties properties;

    ConsentLifecycle(LinkStore links, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transaction,
                     Clock clock, ConsentProperties properties) {
        this.links = links;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${sportello.consent.sweep-interval:15m}", initialDelayString = "${sportello.consent.sweep-interval:15m}")
    void sweep() {
        sweep(clock.instant());
    }

    /** What is due at {@code now}; returns how many links changed. */
    public int sweep(Instant now) {
        int changed = 0;
        for (Link link : links.unremindedExpiringBefore(now.plus(properties.reminderNotice()), PAGE)) {
            changed += inTransaction(() -> remind(link, now));
        }
        for (Link link : links.authorisedExpiredBy(now, PAGE)) {
            changed += inTransaction(() -> expire(link, now));
        }
        for (Link link : links.awaitingRequestedBefore(now.minus(properties.requestValidity()), PAGE)) {
            changed += inTransaction(() -> links.update(link.expired(now), Link.Status.AWAITING_AUTHORISATION) ? 1 : 0);
        }
        if (changed > 0) {
            log.info("consent sweep: {} links changed", changed);
        }
        return changed;
    }

    private int remind(Link link, Instant now) {
        if (!link.needsReminderAt(now, properties.reminderNotice()) || !links.update(link.reminded(now), Link.Status.AUTHORISED)) {
            return 0;
        }
        audit.record(new AuditRecord(AuditKind.CONSENT_REMINDED, link.id(), link.customer(), null, null, "system",
                "expires " + link.expiresAt(), now));
        events.publishEvent(new ConsentExpiring(link.id(), link.address(), link.expiresAt(), link.language()));
        return 1;
    }

    private int expire(Link link, Instant now) {
        if (!links.update(link.expired(now), Link.Status.AUTHORISED)) {
            return 0;
        }
        audit.record(new AuditRecord(AuditKind.LINK_EXPIRED, link.id(), link.customer(), null, null, "system", null, now));
        events.publishEvent(new AccountUnlinked(link.id(), link.address(), link.customer(), now, link.language(),
                UnlinkReason.EXPIRED));
        return 1;
    }

    private int inTransaction(java.util.function.IntSupplier work) {
        Integer result = transaction.execute(status -> work.getAsInt());
        return result == null ? 0 : result;
    }
}
