package org.sportello.assistant.application;

import java.util.List;
import java.util.Optional;
import org.sportello.assistant.ConversationStarted;
import org.sportello.assistant.CustomerSaid;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.AccountLinked;
import org.sportello.consent.AccountUnlinked;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.ConsentExpiring;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkingDeclined;
import org.sportello.consent.UnlinkReason;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Answers what customers say, and tells them how their link to the bank changes. */
@Component
class Assistant {

    private final Consents consents;
    private final Customers customers;
    private final Dialogue dialogue;
    private final Replies replies;

    Assistant(Consents consents, Customers customers, Dialogue dialogue, Replies replies) {
        this.consents = consents;
        this.customers = customers;
        this.dialogue = dialogue;
        this.replies = replies;
    }

    /**
     * Answers in as many messages as the turn has; ids come from the customer's message, so a
     * redelivered message yields the same ids and nothing is sent twice.
     */
    @ApplicationModuleListener
    void on(CustomerSaid said) {
        Turn turn = dialogue.handle(said);
        List<Answer> answers = turn.answers();
        for (int i = 0; i < answers.size(); i++) {
            String id = i == answers.size() - 1 ? "reply:" + said.messageId() : "reply:" + said.messageId() + ":" + (i + 1);
            replies.send(id, said.from(), turn.language(), answers.get(i));
        }
    }

    /** The bot says what it is, and what it needs, as a conversation starts. */
    @ApplicationModuleListener
    void on(ConversationStarted started) {
        Language language = started.language();
        boolean linked = consents.linkOf(started.from()).isPresent();
        replies.send("intro:" + started.conversationId(), started.from(), language,
                replies.text(linked ? "assistant.greeting" : "assistant.intro", language),
                linked ? replies.suggestions(language) : List.of(replies.linkButton(language)));
    }

    /**
     * The chat confirms the link in the customer's language, by name. A link that ended before this
     * ran (revoked within a second, replaced) is not welcomed: its own end message follows, and "your
     * account is linked" would be untrue.
     */
    @ApplicationModuleListener
    void on(AccountLinked linked) {
        boolean stillLinked = consents.linkOf(linked.address()).map(link -> link.linkId().equals(linked.linkId())).orElse(false);
        if (!stillLinked) {
            return;
        }
        Language language = linked.language();
        ConsentCheck check = consents.check(linked.address(), Scope.ACCOUNTS, AccessPurpose.ANSWER);
        Optional<String> name = check instanceof ConsentCheck.Granted granted
                ? customers.profileOf(granted).map(CustomerProfile::givenName).filter(given -> !given.isBlank()) : Optional.empty();
        String key = linked.renewal() ? "assistant.link.renewed" : "assistant.welcome";
        String expires = replies.date(linked.expiresAt(), language);
        String text = name.map(given -> replies.text(key, language, given, expires))
                .orElseGet(() -> replies.text(key + ".unnamed", language, expires));
        replies.sendAboutAccount("welcome:" + linked.linkId(), linked.address(), language, text, replies.suggestions(language));
    }

    @ApplicationModuleListener
    void on(AccountUnlinked unlinked) {
        if (unlinked.reason() == UnlinkReason.ERASED) {
            return; // the conversation was erased on request; writing into it again would undo that
        }
        Language language = unlinked.language();
        String key = "assistant.unlinked." + unlinked.reason().name().toLowerCase(java.util.Locale.ROOT);
        replies.sendAboutAccount("unlinked:" + unlinked.linkId(), unlinked.address(), language, replies.text(key, language),
                List.of(replies.linkButton(language)));
    }

    @ApplicationModuleListener
    void on(LinkingDeclined declined) {
        Language language = declined.language();
        replies.sendAboutAccount("declined:" + declined.linkId(),
                declined.address(), language, replies.text("assistant.link.declined", language),
                List.of(replies.linkButton(language)));
    }

    @ApplicationModuleListener
    void on(ConsentExpiring expiring) {
        Language language = expiring.language();
        replies.sendAboutAccount("expiring:" + expiring.linkId(), expiring.address(), language,
                replies.text("assistant.consent.expiring", language, replies.date(expiring.expiresAt(), language)),
                List.of(replies.linkButton("assistant.link.renew-button", language)));
    }

}
