package org.sportello.channel.adapter.in.messenger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.channel.application.PlatformInbox;
import org.sportello.consent.Consents;
import org.sportello.consent.Linking;
import org.sportello.consent.LinkingResult;
import org.sportello.consent.UnlinkReason;
import org.sportello.shared.ChatAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messenger's {@code account_linking} events, each acted on once: Messenger redelivers a batch it
 * got no 200 for, and a redelivered {@code linked} would present a spent code (which the bank
 * answers by cutting the link) while a redelivered {@code unlinked} could end a newer link. The
 * event's id is recorded with the platform ids of {@code channel_inbound}, in the same transaction
 * as the linking.
 */
@Component
class AccountLinkingEvents {

    private static final Logger log = LoggerFactory.getLogger(AccountLinkingEvents.class);

    private final Linking linking;
    private final Consents consents;
    private final PlatformInbox inbox;

    AccountLinkingEvents(Linking linking, Consents consents, PlatformInbox inbox) {
        this.linking = linking;
        this.consents = consents;
        this.inbox = inbox;
    }

    /** @return false when this event was handled before */
    @Transactional
    public boolean linked(ChatAddress chat, String eventId, String authorizationCode) {
        if (!firstTime(eventId)) {
            return false;
        }
        LinkingResult result = linking.completeOnPlatform(chat, authorizationCode);
        if (result instanceof LinkingResult.Failed failed) {
            log.info("Messenger account linking failed: {} ({})", failed.failure(), failed.detail());
        }
        return true;
    }

    /** @return false when this event was handled before */
    @Transactional
    public boolean unlinked(ChatAddress chat, String eventId) {
        if (!firstTime(eventId)) {
            return false;
        }
        consents.unlink(chat, UnlinkReason.PLATFORM);
        return true;
    }

    private boolean firstTime(String eventId) {
        return inbox.firstTime("messenger:" + eventId);
    }
}
