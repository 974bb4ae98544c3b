package org.sportello.desk.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sportello.assistant.CustomerSaid;
import org.sportello.assistant.HandoverRequested;
import org.sportello.consent.Consents;
import org.sportello.consent.LinkedChat;
import org.sportello.desk.DeskRecords;
import org.sportello.desk.domain.Conversation;
import org.sportello.desk.domain.DeskMessage;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.Purpose;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a conversation for each handover, collects what the customer writes while it is open, and
 * carries the agent's answers to the customer's chat: marked as a person's, in the customer's
 * language, card numbers removed, sent as Messenger allows a person to answer (7 days).
 */
@Service
@Transactional
public class Desk implements DeskRecords {

    /** Conversations listed at once, oldest first. */
    public static final int LIST_MAX = 200;

    private final DeskStore store;
    private final ApplicationEventPublisher events;
    private final MessageSource texts;
    private final Clock clock;
    private final Duration keepClosed;
    private final Consents consents;

    Desk(DeskStore store, ApplicationEventPublisher events, MessageSource texts, Clock clock,
         @Value("${sportello.desk.keep-closed:90d}") Duration keepClosed, Consents consents, MeterRegistry meters) {
        if (keepClosed.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("sportello.desk.keep-closed must be at least 1d, got " + keepClosed);
        }
        this.store = store;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
        this.keepClosed = keepClosed;
        this.consents = consents;
        // For the bank's monitoring: how many customers wait for a person.
        Gauge.builder("sportello.desk.waiting", store, waiting -> waiting.withStatus(Conversation.Status.OPEN, LIST_MAX).size())
                .description("conversations waiting for an agent (counted up to " + LIST_MAX + ")").register(meters);
    }

    /**
     * Conversations closed longer ago than {@code sportello.desk.keep-closed} go, with what the
     * customer and the agents wrote: swept every hour. Returns how many.
     */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    public int forgetClosed() {
        return store.deleteClosedBefore(clock.instant().minus(keepClosed));
    }

    /**
     * A second request while one is open adds nothing: the agent already has the conversation. The
     * chat's link says whom the agent is helping, so they can find the customer in the bank's systems.
     * Runs in the transaction of the turn that asked, so the conversation is open before the
     * customer's next message is read, and the answer "an agent will write here" and the
     * conversation commit together.
     */
    @EventListener
    void on(HandoverRequested request) {
        String conversation = store.openOf(request.chat()).map(Conversation::id).orElseGet(() -> {
            CustomerId customer = consents.linkOf(request.chat()).map(LinkedChat::customer).orElse(null);
            store.open(new Conversation(request.requestId(), request.chat(), request.language(), request.reason().name(),
                    Conversation.Status.OPEN, request.at(), null, null, customer));
            return request.requestId();
        });
        // The message that asked is the conversation's first line; by its id, once, however the
        // customer-message listener and this one interleave.
        if (!request.said().isBlank()) {
            store.add(conversation, request.messageId(), DeskMessage.Author.CUSTOMER, null, request.said(), request.at());
        }
    }

    @ApplicationModuleListener
    void on(CustomerSaid said) {
        if (said.text().isBlank()) {
            return;
        }
        store.openOf(said.from()).ifPresent(open -> store.add(open.id(), said.messageId(), DeskMessage.Author.CUSTOMER, null,
                said.text(), said.at()));
    }

    @Transactional(readOnly = true)
    public List<Conversation> conversations(Conversation.Status status) {
        return store.withStatus(status, LIST_MAX);
    }

    @Transactional(readOnly = true)
    public Conversation conversation(String id) {
        return store.find(id).orElseThrow(() -> DeskRefusals.unknown(id));
    }

    @Transactional(readOnly = true)
    public List<DeskMessage> messagesOf(String id) {
        conversation(id);
        return store.messagesOf(id);
    }

    /** The agent's answer, in the customer's chat; returns the line as recorded. */
    public DeskMessage reply(String id, String agent, String text) {
        Conversation conversation = conversation(id);
        if (!conversation.isOpen()) {
            throw DeskRefusals.closed(id);
        }
        // What goes out shows at most a card's last four digits and a masked IBAN, whatever the agent typed.
        String clean = text == null ? "" : Iban.maskAll(CardNumbers.redact(text.strip()).text());
        if (clean.isEmpty()) {
            throw DeskRefusals.invalidReply("an answer needs some text");
        }
        String shown = texts.getMessage("desk.reply", new Object[] {clean}, conversation.language().locale());
        if (shown.length() > MessageToSend.TEXT_CHARS_MAX) {
            throw DeskRefusals.invalidReply("at most " + (MessageToSend.TEXT_CHARS_MAX - (shown.length() - clean.length()))
                    + " characters, this answer has " + clean.length());
        }
        Instant now = clock.instant();
        DeskMessage line = store.add(id, null, DeskMessage.Author.AGENT, agent, clean, now).orElseThrow();
        events.publishEvent(new MessageToSend("desk:" + id + ":" + line.seq(), conversation.chat(), conversation.language(), Purpose.AGENT,
                shown, List.of(), now));
        return line;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeskRecords.Line> of(ChatAddress chat) {
        List<DeskRecords.Line> lines = new ArrayList<>();
        for (Conversation conversation : store.allOf(chat)) {
            store.messagesOf(conversation.id()).forEach(message -> lines.add(new DeskRecords.Line(conversation.id(), message.at(),
                    message.author().name(), message.agent(), message.text())));
        }
        return lines;
    }

    @Override
    public int erase(ChatAddress chat) {
        return store.deleteAllOf(chat);
    }

    /** Closes the conversation and tells the customer the assistant is back; false when it was closed already. */
    public boolean close(String id, String agent) {
        Conversation conversation = conversation(id);
        Instant now = clock.instant();
        if (!store.close(id, agent, now)) {
            return false;
        }
        events.publishEvent(new MessageToSend("desk:" + id + ":closed", conversation.chat(), conversation.language(), Purpose.AGENT,
                texts.getMessage("desk.closed", null, conversation.language().locale()), List.of(), now));
        return true;
    }
}
