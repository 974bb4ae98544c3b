package org.sportello.consent.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.AccountUnlinked;
import org.sportello.consent.ConsentAdministration;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.consent.UnlinkReason;
import org.sportello.consent.domain.Link;
import org.sportello.consent.domain.audit.AuditEntry;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.RequestRefused;
import org.sportello.shared.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The consent check, revocation, and the operators' view; every decision is audited. */
@Service
@Transactional
class ConsentRegister implements Consents, ConsentAdministration {

    private final LinkStore links;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NotificationReadCoverage notificationReads;

    ConsentRegister(LinkStore links, AuditTrail audit, ApplicationEventPublisher events, Clock clock, ConsentProperties properties) {
        this.links = links;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.notificationReads = new NotificationReadCoverage(properties.notificationAuditWindow());
    }

    /**
     * Runs in no transaction of its own: the audit record takes a connection of its own, and a
     * check holding one while waiting for another could exhaust the pool under load.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public ConsentCheck check(ChatAddress chat, Scope scope, AccessPurpose purpose) {
        Instant now = clock.instant();
        Optional<Link> link = links.authorisedOf(chat);
        ConsentCheck check = link.map(found -> found.check(scope, now))
                .orElseGet(() -> new ConsentCheck.Refused(ConsentCheck.Reason.NOT_LINKED, scope));
        if (check instanceof ConsentCheck.Granted granted) {
            audit.record(new AuditRecord(AuditKind.DATA_READ, granted.linkId(), granted.customer(), scope, purpose(purpose),
                    actor(chat), null, now));
        } else if (link.isPresent()) {
            // A refusal without any link reads nothing and names nobody: nothing to record.
            audit.record(new AuditRecord(AuditKind.DATA_REFUSED, link.get().id(), link.get().customer(), scope, purpose(purpose),
                    actor(chat), ((ConsentCheck.Refused) check).reason().name(), now));
        }
        return check;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedChat> linkOf(ChatAddress chat) {
        Instant now = clock.instant();
        return links.authorisedOf(chat).filter(link -> link.isActiveAt(now)).map(ConsentRegister::view);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<LinkedChat> link(String linkId, Scope scope, AccessPurpose purpose) {
        return links.find(linkId).filter(link -> link.status() == Link.Status.AUTHORISED)
                .map(link -> granted(List.of(link), scope, purpose)).flatMap(granted -> granted.stream().findFirst());
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<LinkedChat> linksOf(CustomerId customer, Scope scope, AccessPurpose purpose) {
        return granted(links.authorisedOf(customer), scope, purpose);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<CustomerId, List<LinkedChat>> linksOf(Collection<CustomerId> customers, Scope scope, AccessPurpose purpose) {
        Map<CustomerId, List<LinkedChat>> byCustomer = new HashMap<>();
        for (LinkedChat link : granted(links.authorisedOf(customers), scope, purpose)) {
            byCustomer.computeIfAbsent(link.customer(), customer -> new ArrayList<>()).add(link);
        }
        return byCustomer;
    }

    /**
     * The links whose consent holds now, each read audited; notification reads through an entry
     * that covers the link for a while ({@link NotificationReadCoverage}).
     */
    private List<LinkedChat> granted(List<Link> candidates, Scope scope, AccessPurpose purpose) {
        Instant now = clock.instant();
        boolean coalesced = purpose == AccessPurpose.NOTIFICATION;
        Instant until = coalesced ? notificationReads.until(now) : null;
        String detail = until == null ? null : "covers this link's notification reads until " + until;
        List<LinkedChat> granted = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
        for (Link link : candidates) {
            if (link.check(scope, now) instanceof ConsentCheck.Granted) {
                granted.add(view(link));
                if (!coalesced || !notificationReads.covers(link.id(), now)) {
                    records.add(new AuditRecord(AuditKind.DATA_READ, link.id(), link.customer(), scope, purpose(purpose), "system",
                            detail, now));
                }
            }
        }
        if (!records.isEmpty()) {
            audit.recordAll(records);
            if (coalesced) {
                records.forEach(record -> notificationReads.covered(record.linkId(), now, until));
            }
        }
        return granted;
    }

    @Override
    public boolean unlink(ChatAddress chat, UnlinkReason reason) {
        if (reason != UnlinkReason.CUSTOMER && reason != UnlinkReason.PLATFORM) {
            throw new IllegalArgumentException("a chat unlinks for the customer or the platform, not " + reason);
        }
        Link.EndReason end = reason == UnlinkReason.CUSTOMER ? Link.EndReason.CUSTOMER : Link.EndReason.PLATFORM;
        String actor = reason == UnlinkReason.CUSTOMER ? actor(chat) : "platform:" + channel(chat);
        return links.authorisedOf(chat).map(link -> revoke(link, end, reason, actor)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentRecord> consentsOf(CustomerId customer) {
        return links.allOf(customer).stream().map(ConsentRegister::record).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentRecord> consentsOf(ChatAddress chat) {
        return links.allOf(chat).stream().map(ConsentRegister::record).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public void requireKnown(String consentId) {
        known(consentId);
    }

    private Link known(String consentId) {
        return links.find(consentId).orElseThrow(() -> new RequestRefused(RequestRefused.Reason.NOT_FOUND,
                "unknown-consent", "Unknown consent", "no consent has id '" + consentId + "'"));
    }

    @Override
    public ConsentRecord revoke(String consentId, String operator) {
        Link link = known(consentId);
        if (link.status() != Link.Status.AUTHORISED) {
            throw new RequestRefused(RequestRefused.Reason.CONFLICT, "consent-not-authorised", "Consent not authorised",
                    "consent '" + consentId + "' is " + link.status() + "; only an AUTHORISED consent can be revoked");
        }
        if (!revoke(link, Link.EndReason.BANK, UnlinkReason.BANK, "bank-operator:" + operator)) {
            throw new RequestRefused(RequestRefused.Reason.CONFLICT, "consent-not-authorised", "Consent not authorised",
                    "consent '" + consentId + "' ended while it was being revoked");
        }
        return record(links.find(consentId).orElseThrow());
    }

    @Override
    public int erase(ChatAddress chat, String operator) {
        String actor = "bank-operator:" + operator;
        links.authorisedOf(chat).ifPresent(link -> revoke(link, Link.EndReason.ERASED, UnlinkReason.ERASED, actor));
        List<Link> all = links.allOf(chat);
        Instant now = clock.instant();
        audit.recordAll(all.stream().map(link -> new AuditRecord(AuditKind.DATA_ERASED, link.id(), link.customer(), null,
                "erasure", actor, "link " + link.status(), now)).toList());
        return links.deleteAllOf(chat);
    }

    @Override
    public ConsentCheck.Granted exportGrant(CustomerId customer, String operator) {
        audit.record(new AuditRecord(AuditKind.DATA_EXPORTED, null, customer, Scope.ACCOUNTS, "data-access-request",
                "bank-operator:" + operator, null, clock.instant()));
        return new ConsentCheck.Granted(null, customer, Scope.ACCOUNTS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChatAddress> chatsOf(CustomerId customer) {
        return links.allOf(customer).stream().map(Link::address).distinct().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditView> auditOf(CustomerId customer) {
        return audit.entriesOf(customer).stream().map(ConsentRegister::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditView> auditOf(ChatAddress chat) {
        List<String> ids = links.allOf(chat).stream().map(Link::id).toList();
        return ids.isEmpty() ? List.of() : audit.entriesOfLinks(ids).stream().map(ConsentRegister::view).toList();
    }

    private static AuditView view(AuditEntry entry) {
        AuditRecord record = entry.record();
        return new AuditView(entry.seq(), record.recordedAt(), record.kind().name(), record.linkId(), record.scope(),
                record.purpose(), record.actor(), record.detail());
    }

    /**
     * Ends an authorised link, audits it and, unless {@code reason} is null (a renewal replaces
     * it), tells the chat.
     */
    public boolean revoke(Link link, Link.EndReason end, UnlinkReason reason, String actor) {
        Instant now = clock.instant();
        Link revoked = link.revoked(now, end);
        if (!links.update(revoked, Link.Status.AUTHORISED)) {
            return false;
        }
        audit.record(new AuditRecord(AuditKind.LINK_REVOKED, link.id(), link.customer(), null, null, actor, end.name(), now));
        if (reason != null) {
            events.publishEvent(new AccountUnlinked(link.id(), link.address(), link.customer(), now, link.language(), reason));
        }
        return true;
    }

    static LinkedChat view(Link link) {
        return new LinkedChat(link.id(), link.address(), link.customer(), link.scopes(), link.expiresAt(), link.language());
    }

    static String actor(ChatAddress chat) {
        return "chat:" + channel(chat);
    }

    private static String channel(ChatAddress chat) {
        return chat.channel().name().toLowerCase(Locale.ROOT);
    }

    private static String purpose(AccessPurpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT);
    }

    private static ConsentRecord record(Link link) {
        return new ConsentRecord(link.id(), link.address().channel().name(), link.status().name(),
                link.customer() == null ? null : link.customer().value(), link.scopes(),
                link.language().code(), link.requestedAt(), link.grantedAt(), link.expiresAt(), link.endedAt(),
                link.endReason() == null ? null : link.endReason().name());
    }
}
