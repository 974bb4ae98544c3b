package org.sportello.notify.application;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.notify.NotificationPreferences;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whom to tell about customers' affairs: every chat each customer linked with the NOTIFICATIONS
 * scope, with its link's preferences, the language to write in, and when a message may buzz.
 * Consents and preferences are read once for all the customers asked about.
 */
@Component
class NotifiedChats {

    private final Consents consents;
    private final PreferenceStore preferences;
    private final ZoneId zone;

    NotifiedChats(Consents consents, PreferenceStore preferences, @Value("${sportello.notify.time-zone:Europe/Rome}") ZoneId zone) {
        this.consents = consents;
        this.preferences = preferences;
        this.zone = zone;
    }

    /**
     * A linked chat and what its link chose.
     *
     * @param language  the preferences' language, else the link's
     * @param notBefore the end of the link's quiet hours when now is inside them, else null (now)
     */
    record NotifiedChat(LinkedChat link, NotificationPreferences wanted, Language language, Instant notBefore) {

        ChatAddress address() {
            return link.address();
        }

        String linkId() {
            return link.linkId();
        }
    }

    /** The chats of each customer; customers without one are absent. */
    Map<CustomerId, List<NotifiedChat>> of(Collection<CustomerId> customers, Instant now) {
        Map<CustomerId, List<LinkedChat>> links = consents.linksOf(customers, Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION);
        if (links.isEmpty()) {
            return Map.of();
        }
        List<String> linkIds = new ArrayList<>();
        links.values().forEach(ofCustomer -> ofCustomer.forEach(link -> linkIds.add(link.linkId())));
        Map<String, NotificationPreferences> chosen = preferences.findAll(linkIds);
        Map<CustomerId, List<NotifiedChat>> chats = new HashMap<>();
        links.forEach((customer, ofCustomer) -> chats.put(customer, ofCustomer.stream()
                .map(link -> notified(link, chosen.getOrDefault(link.linkId(), NotificationPreferences.DEFAULTS), now)).toList()));
        return chats;
    }

    List<NotifiedChat> of(CustomerId customer, Instant now) {
        return of(Set.of(customer), now).getOrDefault(customer, List.of());
    }

    private NotifiedChat notified(LinkedChat link, NotificationPreferences wanted, Instant now) {
        Language language = wanted.language() != null ? wanted.language() : link.language();
        return new NotifiedChat(link, wanted, language, notBefore(link.address(), wanted, now));
    }

    /** The web chat never waits: it buzzes nothing, and its transcript is written with the cause. */
    private Instant notBefore(ChatAddress chat, NotificationPreferences wanted, Instant now) {
        if (chat.channel() == Channel.WEB) {
            return null;
        }
        ZonedDateTime local = now.atZone(zone);
        if (!wanted.isQuietAt(local.toLocalTime())) {
            return null;
        }
        LocalTime end = wanted.quietTo();
        ZonedDateTime until = local.with(end);
        return (until.isAfter(local) ? until : until.plusDays(1)).toInstant();
    }
}
