package org.sportello.notify.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sportello.notify.ConversationWindows;
import org.sportello.notify.MessageToSend;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final MessengerWindows windows;

    Outbox(OutboxStore store, Dispatcher dispatcher, Clock clock, ApplicationEventPublisher events, MessengerWindows windows) {
        this.store = store;
        this.windows = windows;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(MessageToSend message) {
        if (message.to().channel() != Channel.WEB) { // the web chat writes its own transcript and pushes it to the open page
            write(List.of(message), false);
        }
    }

    /**
     * Many messages of a cause that is already committed (a booked batch's notifications), in
     * order: the platforms' are written in one batch, the web chat's are handed to it as events,
     * as {@link #on} would. Those that may go at once are sent before they are written, and
     * written sent ({@link Dispatcher#sendNow}): the caller's transaction must write nothing
     * after them that could roll back what the customer was already told.
     */
    void sendAll(List<MessageToSend> messages) {
        List<MessageToSend> toPlatforms = new ArrayList<>(messages.size());
        for (MessageToSend message : messages) {
            if (message.to().channel() == Channel.WEB) {
                events.publishEvent(message);
            } else {
                toPlatforms.add(message);
            }
        }
        write(toPlatforms, true);
    }

    private void write(List<MessageToSend> messages, boolean causeCommitted) {
        Instant now = clock.instant();
        List<OutboxMessage> rows = new ArrayList<>(messages.size());
        for (MessageToSend message : messages) {
            rows.add(row(message, now));
            if (message.picture() != null) {
                rows.add(pictureRow(message, now));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        if (!causeCommitted) {
            if (store.addAllIfAbsent(rows) > 0) {
                afterCommit(dispatcher::wake);
            }
            return;
        }
        Dispatcher.Direct direct = dispatcher.sendNow(rows, now);
        int added;
        try {
            added = store.addAllIfAbsent(direct.rows());
        } catch (RuntimeException e) {
            direct.land();
            throw e;
        }
        afterCompletion(direct::land);
        if (added > 0 && direct.leftPending()) {
            afterCommit(dispatcher::wake);
        }
    }

    private static OutboxMessage row(MessageToSend message, Instant now) {
        return new OutboxMessage(0, message.messageId(), message.to(), message.language(), message.purpose(), message.text(),
                message.quickReplies(), message.receipt(), null, OutboxMessage.Status.PENDING, 0, due(message, now), null,
                message.createdAt());
    }

    /**
     * A message's picture goes as a row of its own, right after the text: the dispatcher sends a
     * chat's rows in order, one at a time, so the picture follows the text; and a picture the
     * platform refuses is retried or recorded FAILED on its own, never sending the text twice.
     */
    private static OutboxMessage pictureRow(MessageToSend message, Instant now) {
        return new OutboxMessage(0, message.messageId() + MessageToSend.PICTURE_PART, message.to(), message.language(),
                message.purpose(), message.picture().altText(), List.of(), null, message.picture(), OutboxMessage.Status.PENDING, 0,
                due(message, now), null, message.createdAt());
    }

    private static Instant due(MessageToSend message, Instant now) {
        return message.notBefore() != null && message.notBefore().isAfter(now) ? message.notBefore() : now;
    }

    /** The customer wrote: the window opens, and what was held for it goes out. */
    @Override
    @Transactional
    public void inbound(ChatAddress chat, Instant at) {
        store.inbound(chat, at);
        boolean released = store.releaseHeld(chat, clock.instant()) > 0;
        afterCommit(() -> {
            windows.inbound(chat, at, clock.instant());
            if (released) {
                dispatcher.wake();
            }
        });
    }

    /** After the current transaction commits or rolls back; at once without one. */
    private static void afterCompletion(Runnable then) {
        after(false, then);
    }

    /** After the current transaction commits, not if it rolls back; at once without one. */
    private static void afterCommit(Runnable then) {
        after(true, then);
    }

    private static void after(boolean onlyCommitted, Runnable then) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            then.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (!onlyCommitted || status == STATUS_COMMITTED) {
                    then.run();
                }
            }
        });
    }
}
