package org.sportello.assistant.application;

import java.util.List;
import java.util.Optional;
import org.sportello.assistant.ConversationStarted;
import org.sportello.assistant.CustomerSaid;
import org.sportello.assistant.domain.Intent;
import org.sportello.assistant.domain.Interpreter;
import org.sportello.assistant.domain.SettingsRequest;
import org.sportello.assistant.domain.Understanding;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.Customers;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.AccountLinked;
import org.sportello.consent.AccountUnlinked;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.ConsentExpiring;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.consent.LinkingDeclined;
import org.sportello.consent.UnlinkReason;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Answers what customers say, and tells them how their link to the bank changes. */
@Component
class Assistant {

    /** The payloads of the unlink confirmation's buttons. */
    static final String UNLINK_CONFIRM = "UNLINK:CONFIRM";
    static final String UNLINK_CANCEL = "UNLINK:CANCEL";

    private final Consents consents;
    private final Customers customers;
    private final AccountSkills skills;
    private final NotificationSkills notifications;
    private final Replies replies;

    Assistant(Consents consents, Customers customers, AccountSkills skills, NotificationSkills notifications, Replies replies) {
        this.consents = consents;
        this.customers = customers;
        this.skills = skills;
        this.notifications = notifications;
        this.replies = replies;
    }

    @ApplicationModuleListener
    void on(CustomerSaid said) {
        Understanding understanding = understand(said);
        Optional<LinkedChat> link = consents.linkOf(said.from());
        Language language = understanding.language()
                .or(() -> Optional.ofNullable(said.languageHint()))
                .or(() -> link.map(LinkedChat::language))
                .orElse(Language.IT);
        String replyId = "reply:" + said.messageId();
        if (said.cardNumbersRemoved() > 0) {
            replies.send(replyId + ":card", said.from(), language, replies.text("assistant.card-number-removed", language),
                    List.of());
        }
        if (UNLINK_CONFIRM.equals(said.payload()) || UNLINK_CANCEL.equals(said.payload())) {
            unlinkAnswer(said, language, replyId, UNLINK_CONFIRM.equals(said.payload()));
            return;
        }
        Optional<SettingsRequest> settings = said.payload() == null ? SettingsRequest.parse(said.text()) : Optional.empty();
        if (settings.isPresent()) {
            Answer answer = notifications.apply(said.from(), settings.get(), language);
            replies.send(replyId, said.from(), language, answer.text(), answer.quickReplies());
            return;
        }
        Answer answer = switch (understanding.intent()) {
            case BALANCE -> skills.balance(said.from(), language);
            case TRANSACTIONS_RECENT -> skills.recentTransactions(said.from(), language);
            case LINK_ACCOUNT -> link.isPresent()
                    ? Answer.of(replies.text("assistant.link.already", language), List.of(replies.linkButton("assistant.link.renew-button", language)))
                    : Answer.of(replies.text("assistant.link.offer", language), List.of(replies.linkButton(language)));
            case UNLINK_ACCOUNT -> link.isPresent()
                    ? Answer.of(replies.text("assistant.unlink.confirm", language), replies.unlinkChoices(language))
                    : Answer.of(replies.text("assistant.unlink.not-linked", language), List.of());
            case GREETING -> link.isPresent()
                    ? Answer.of(replies.text("assistant.greeting", language), replies.suggestions(language))
                    : Answer.of(replies.text("assistant.intro", language), List.of(replies.linkButton(language)));
            case THANKS -> Answer.of(replies.text("assistant.thanks", language), List.of());
            case HELP -> Answer.of(replies.text("assistant.help", language), replies.suggestions(language));
            case OUT_OF_SCOPE -> Answer.of(replies.text("assistant.not-understood", language), replies.suggestions(language));
        };
        replies.send(replyId, said.from(), language, answer.text(), answer.quickReplies());
    }

    private void unlinkAnswer(CustomerSaid said, Language language, String replyId, boolean confirmed) {
        if (!confirmed) {
            replies.send(replyId, said.from(), language, replies.text("assistant.unlink.cancelled", language), List.of());
            return;
        }
        if (!consents.unlink(said.from(), UnlinkReason.CUSTOMER)) {
            replies.send(replyId, said.from(), language, replies.text("assistant.unlink.not-linked", language), List.of());
        }
        // When it was linked, the AccountUnlinked event below says so.
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

    /** The chat confirms the link in the customer's language, by name. */
    @ApplicationModuleListener
    void on(AccountLinked linked) {
        Language language = linked.language();
        ConsentCheck check = consents.check(linked.address(), Scope.ACCOUNTS, AccessPurpose.ANSWER);
        String name = check instanceof ConsentCheck.Granted granted
                ? customers.profileOf(granted).map(CustomerProfile::givenName).orElse("") : "";
        String key = linked.renewal() ? "assistant.link.renewed" : "assistant.welcome";
        replies.sendAboutAccount("welcome:" + linked.linkId(), linked.address(), language,
                replies.text(key, language, name, replies.date(linked.expiresAt(), language)), replies.suggestions(language));
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

    private static Understanding understand(CustomerSaid said) {
        Understanding fromText = Interpreter.understand(said.text());
        if (said.payload() != null && said.payload().startsWith("INTENT:")) {
            Optional<Intent> tapped = Intent.ofCode(said.payload().substring("INTENT:".length()));
            if (tapped.isPresent()) {
                return new Understanding(fromText.language(), tapped.get());
            }
        }
        return fromText;
    }

}
