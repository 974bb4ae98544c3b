package org.sportello.channel.application;

import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.assistant.ConversationStarted;
import org.sportello.assistant.CustomerSaid;
import org.sportello.channel.Transcripts;
import org.sportello.channel.domain.ChatMessage;
import org.sportello.channel.domain.ChatMessage.Choice;
import org.sportello.channel.domain.ChatMessage.Direction;
import org.sportello.notify.MessageToSend;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Digests;
import org.sportello.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The web chat's server side: what a browser says becomes {@link CustomerSaid}; every
 * {@link MessageToSend} for a web user is written to the transcript and pushed to open tabs.
 */
@Service
public class WebChat implements Transcripts {

    private static final Logger log = LoggerFactory.getLogger(WebChat.class);

    public static final int TEXT_CHARS_MAX = 2_000;

    private final TranscriptStore transcripts;
    private final LiveDelivery live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebChat(TranscriptStore transcripts, LiveDelivery live, ApplicationEventPublisher events, Clock clock) {
        this.transcripts = transcripts;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records what the user typed (card numbers removed first) and hands it to the assistant. A
     * resend with the same client id is recognised and not handed over twice.
     */
    @Transactional
    public ChatMessage receive(String chatUserId, String clientMessageId, String text, String payload, Language uiLanguage) {
        String messageId = inboundId(chatUserId, clientMessageId);
        Optional<ChatMessage> earlier = transcripts.findByMessageId(messageId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CardNumbers.Redaction redaction = CardNumbers.redact(text.strip());
        ChatMessage said = new ChatMessage(0, messageId, chatUserId, Direction.IN, "MESSAGE", redaction.text(), List.of(),
                clock.instant());
        Optional<ChatMessage> appended = transcripts.appendIfAbsent(said);
        if (appended.isEmpty()) {
            return transcripts.findByMessageId(messageId).orElseThrow();
        }
        events.publishEvent(new CustomerSaid(messageId, ChatAddress.web(chatUserId), redaction.text(), payload, uiLanguage,
                redaction.cardNumbersRemoved(), said.createdAt()));
        pushAfterCommit(appended.get());
        return appended.get();
    }

    /** A browser opened the chat for the first time: the assistant introduces itself. */
    @Transactional
    public void start(String chatUserId, Language language) {
        events.publishEvent(new ConversationStarted(inboundId(chatUserId, "start"), ChatAddress.web(chatUserId), language,
                clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> of(ChatAddress chat) {
        if (chat.channel() != Channel.WEB) {
            return List.of(); // the platforms keep their own conversations; Sportello keeps the web chat's
        }
        return transcripts.after(chat.userId(), 0, Integer.MAX_VALUE).stream()
                .map(line -> new Line(line.createdAt(), line.direction().name().toLowerCase(java.util.Locale.ROOT), line.purpose(),
                        line.text()))
                .toList();
    }

    @Override
    @Transactional
    public int erase(ChatAddress chat) {
        return chat.channel() == Channel.WEB ? transcripts.deleteAllOf(chat.userId()) : 0;
    }

    /**
     * Runs inside the transaction that published the message, so the transcript line commits (or
     * not) together with its cause, and a redelivered cause finds its id already written.
     */
    @EventListener
    void deliver(MessageToSend message) {
        if (message.to().channel() != Channel.WEB) {
            return;
        }
        List<Choice> choices = message.quickReplies().stream().map(reply -> new Choice(reply.title(), reply.payload())).toList();
        ChatMessage line = new ChatMessage(0, message.messageId(), message.to().userId(), Direction.OUT,
                message.purpose().name(), message.text(), choices, message.createdAt(), message.picture());
        transcripts.appendIfAbsent(line).ifPresent(this::pushAfterCommit);
    }

    /**
     * Unique across users, stable for a resend, and free of the chat user id, which is the
     * browser's credential and must not travel in message bodies.
     */
    static String inboundId(String chatUserId, String clientMessageId) {
        return "in:" + HexFormat.of().formatHex(Digests.sha256(chatUserId), 0, 12) + ":" + clientMessageId;
    }

    @Transactional(readOnly = true)
    public List<ChatMessage> history(String chatUserId, long afterSeq, int limit) {
        return afterSeq > 0 ? transcripts.after(chatUserId, afterSeq, limit) : transcripts.last(chatUserId, limit);
    }

    /**
     * The transcript holds the line already: a push that fails (a browser gone) must not fail what
     * caused the message; the browser catches up from the transcript when it reconnects.
     */
    private void push(ChatMessage message) {
        try {
            live.push(message);
        } catch (RuntimeException failed) {
            log.debug("live push of {} failed: {}", message.messageId(), failed.toString());
        }
    }

    private void pushAfterCommit(ChatMessage message) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            push(message);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                push(message);
            }
        });
    }
}
