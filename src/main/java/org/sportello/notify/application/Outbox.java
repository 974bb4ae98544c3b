package org.sportello.notify.application;

import java.time.Clock;
import java.time.Instant;
import org.sportello.notify.ConversationWindows;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every message for a messaging platform into the outbox, inside the transaction that
 * produced it: the message exists if and only if its cause committed, and a redelivered cause,
 * which yields the same message id, adds nothing. The dispatcher is woken once it commits.
 */
@Service
class Outbox implements ConversationWindows {

    private final OutboxStore store;
    private final Dispatcher dispatcher;
    private final Clock clock;

    Outbox(OutboxStore store, Dispatcher dispatcher, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @EventListener
    void on(MessageToSend message) {
        if (message.to().channel() == Channel.WEB) {
            return; // the web chat writes its own transcript and pushes it to the open page
        }
        Instant now = clock.instant();
        Instant due = message.notBefore() != null && message.notBefore().isAfter(now) ? message.notBefore() : now;
        boolean added = store.addIfAbsent(new OutboxMessage(0, message.messageId(), message.to(), message.language(),
                message.purpose(), message.text(), message.quickReplies(), message.receipt(), OutboxMessage.Status.PENDING, 0, due, null,
                message.createdAt()));
        if (added) {
            wakeAfterCommit();
        }
    }

    /** The customer wrote: the window opens, and what was held for it goes out. */
    @Override
    @Transactional
    public void inbound(ChatAddress chat, Instant at) {
        store.inbound(chat, at);
        if (store.releaseHeld(chat, clock.instant()) > 0) {
            wakeAfterCommit();
        }
    }

    private void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            dispatcher.wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wake();
            }
        });
    }
}
