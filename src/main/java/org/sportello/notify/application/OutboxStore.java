package org.sportello.notify.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.ChatAddress;

/** The delivery outbox and the conversation windows. */
public interface OutboxStore {

    /** Adds the message unless one with its id is there; true when added. */
    boolean addIfAbsent(OutboxMessage message);

    /** Adds each message unless one with its id is there, in one batch; returns how many were added. */
    int addAllIfAbsent(List<OutboxMessage> messages);

    /** Which of these message ids the outbox has, whatever their state. */
    java.util.Set<String> existing(java.util.Collection<String> messageIds);

    /** The chats of the oldest PENDING messages, one per message in the order they were written, at most {@code limit}. */
    List<ChatAddress> pendingChats(int limit);

    /**
     * The oldest PENDING messages in the order they were written, as {@code chooser} picks them:
     * each row is offered with where it goes and when it is due, the whole message is read only
     * for the rows it takes, and the reading stops when it says so or after {@code limit} rows.
     * Returns the messages taken, in order.
     */
    List<OutboxMessage> choosePending(int limit, PendingChooser chooser);

    /** Picks a round's messages from the oldest pending ones. */
    interface PendingChooser {

        /** Take this one? */
        boolean take(long seq, ChatAddress to, Instant nextAttemptAt);

        /** Enough taken: read no further. */
        boolean full();
    }

    /** A message the platform accepted. */
    record Accepted(long seq, String platformMessageId, Instant at) {
    }

    /** Records each as sent, in one batch. */
    void sentAll(List<Accepted> accepted);

    void retryAt(long seq, int attempts, Instant next, String reason);

    void failed(long seq, int attempts, String reason, Instant at);

    void held(long seq, String reason);

    /** How many of the chat's messages are HELD by the platform's policy. */
    long heldCount(ChatAddress chat);

    /** Held messages of the chat go back to PENDING (its window opened again); returns how many. */
    int releaseHeld(ChatAddress chat, Instant now);

    /**
     * SENDING messages back to PENDING: versions before the dispatch lease claimed each message so,
     * and a node that stopped mid-round left them. Returns how many.
     */
    int reclaimUnfinished();

    Optional<OutboxMessage> find(String messageId);

    /** Every message to the chat, oldest first. */
    List<OutboxMessage> allOf(ChatAddress chat);

    /** Deletes every message to the chat, and when it last wrote; returns how many messages. */
    int deleteAllOf(ChatAddress chat);

    /** Where a message stands, in the order messages were written: enough for the retention sweep. */
    record Head(long seq, OutboxMessage.Status status, Instant createdAt) {
    }

    /** The messages written after {@code afterSeq}, oldest first, at most {@code limit}. */
    List<Head> oldestAfter(long afterSeq, int limit);

    /** Deletes these messages, in one batch; returns how many were there. */
    int deleteAll(List<Long> seqs);

    void inbound(ChatAddress chat, Instant at);

    Optional<Instant> lastInbound(ChatAddress chat);

    /** The same for many chats at once; chats that never wrote are absent. */
    java.util.Map<ChatAddress, Instant> lastInbound(java.util.Collection<ChatAddress> chats);
}
