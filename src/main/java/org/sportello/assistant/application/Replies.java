package org.sportello.assistant.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sportello.assistant.domain.Intent;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Purpose;
import org.sportello.notify.QuickReply;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the assistant's answers: texts from the bundles, quick replies, one message id per cause. */
@Component
class Replies {

    /** What the help answer offers to tap. */
    static final List<Intent> SUGGESTIONS = List.of(Intent.BALANCE, Intent.TRANSACTIONS_RECENT, Intent.HELP);

    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Replies(MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    List<QuickReply> suggestions(Language language) {
        List<QuickReply> replies = new ArrayList<>();
        for (Intent intent : SUGGESTIONS) {
            replies.add(suggestion(intent, language));
        }
        return replies;
    }

    /** A button that asks for {@code intent}, titled in the customer's language. */
    QuickReply suggestion(Intent intent, Language language) {
        return new QuickReply(text("assistant.suggestion." + intent.code(), language), intent.payload());
    }

    /**
     * Sends one reply. {@code messageId} comes from what caused it plus a part number, so that a
     * redelivered cause produces the same ids and the channel drops the copies.
     */
    void send(String messageId, ChatAddress to, Language language, String text, List<QuickReply> quickReplies) {
        events.publishEvent(new MessageToSend(messageId, to, language, Purpose.REPLY, text, quickReplies, clock.instant()));
    }
}
