package org.sportello.consent.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.sportello.consent.AccountLinked;
import org.sportello.consent.AccountUnlinked;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.shared.Scope;
import org.sportello.consent.domain.Link;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.IdGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ConsentRegister implements Consents {

    private final LinkStore links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;
    private final ConsentProperties properties;
    private final boolean demoEnabled;

    ConsentRegister(LinkStore links, ApplicationEventPublisher events, Clock clock, IdGenerator ids,
                    ConsentProperties properties, @Value("${sportello.demo.enabled:true}") boolean demoEnabled) {
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.ids = ids;
        this.properties = properties;
        this.demoEnabled = demoEnabled;
    }

    @Override
    @Transactional(readOnly = true)
    public ConsentCheck check(ChatAddress chat, Scope scope) {
        return links.authorisedOf(chat)
                .map(link -> link.check(scope, clock.instant()))
                .orElseGet(() -> new ConsentCheck.Refused(ConsentCheck.Reason.NOT_LINKED, scope));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedChat> linkOf(ChatAddress chat) {
        Instant now = clock.instant();
        return links.authorisedOf(chat).filter(link -> link.isActiveAt(now)).map(ConsentRegister::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedChat> linksOf(CustomerId customer, Scope scope) {
        Instant now = clock.instant();
        return links.authorisedOf(customer).stream()
                .filter(link -> link.check(scope, now) instanceof ConsentCheck.Granted)
                .map(ConsentRegister::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CustomerId, List<LinkedChat>> linksOf(Collection<CustomerId> customers, Scope scope) {
        Instant now = clock.instant();
        Map<CustomerId, List<LinkedChat>> links = new HashMap<>();
        for (Link link : this.links.authorisedOf(customers)) {
            if (link.check(scope, now) instanceof ConsentCheck.Granted) {
                links.computeIfAbsent(link.customer(), customer -> new ArrayList<>()).add(view(link));
            }
        }
        return links;
    }

    @Override
    public LinkedChat linkDemoCustomer(ChatAddress chat, CustomerId customer) {
        if (!demoEnabled) {
            throw new IllegalStateException("demo sign-in is off: sportello.demo.enabled is false");
        }
        Instant now = clock.instant();
        links.authorisedOf(chat).ifPresent(previous -> end(previous, now));
        Link link = Link.authorised(ids.newId(), chat, customer, EnumSet.allOf(Scope.class), now,
                now.plus(properties.validity()));
        links.insert(link);
        events.publishEvent(new AccountLinked(link.id(), chat, customer, link.scopes(), link.expiresAt()));
        return view(link);
    }

    @Override
    public boolean unlink(ChatAddress chat) {
        Instant now = clock.instant();
        return links.authorisedOf(chat).map(link -> end(link, now)).orElse(false);
    }

    private boolean end(Link link, Instant now) {
        boolean ended = links.end(link.revokedAt(now));
        if (ended) {
            events.publishEvent(new AccountUnlinked(link.id(), link.address(), link.customer(), now));
        }
        return ended;
    }

    private static LinkedChat view(Link link) {
        return new LinkedChat(link.id(), link.address(), link.customer(), link.scopes(), link.expiresAt());
    }
}
