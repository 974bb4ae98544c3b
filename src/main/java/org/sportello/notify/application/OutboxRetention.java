package org.sportello.notify.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.notify.OutboxRecords;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.ChatAddress;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the outbox keeps what it sent, and the chat's rights over it: sent and failed messages
 * go {@code sportello.delivery.keep-finished} after they were written (pending and held ones stay
 * until they are finished); a chat's export lists its messages, and its erasure deletes them all.
 */
@Service
public class OutboxRetention implements OutboxRecords {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    /** Messages looked at, and deleted, per step of the sweep: each step is a short transaction of its own. */
    static final int SWEEP_STEP = 5_000;

    private final OutboxStore store;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MessengerWindows windows;

    OutboxRetention(OutboxStore store, DeliveryProperties properties, Clock clock, TransactionTemplate transaction,
                    MessengerWindows windows) {
        this.store = store;
        this.windows = windows;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> of(ChatAddress chat) {
        return store.allOf(chat).stream().map(message -> new Line(message.createdAt(), message.purpose().name(),
                message.status() == OutboxMessage.Status.SENDING ? OutboxMessage.Status.PENDING.name() : message.status().name(),
                message.text(), message.lastError())).toList();
    }

    @Override
    @Transactional
    public int erase(ChatAddress chat) {
        windows.forget(chat);
        return store.deleteAllOf(chat);
    }

    @Scheduled(fixedDelayString = "${sportello.delivery.sweep-interval:1h}", initialDelayString = "${sportello.delivery.sweep-interval:1h}")
    void scheduledSweep() {
        int deleted = sweep();
        if (deleted > 0) {
            log.info("deleted {} sent or failed messages written more than {} ago", deleted, properties.keepFinished());
        }
    }

    /**
     * Walks the outbox from its oldest message and deletes the finished ones written before the
     * cut-off; stops at the first message written after it, since later ones are newer still.
     * Returns how many it deleted.
     */
    public int sweep() {
        Instant before = clock.instant().minus(properties.keepFinished());
        long after = 0;
        int deleted = 0;
        while (true) {
            List<OutboxStore.Head> heads = store.oldestAfter(after, SWEEP_STEP);
            List<Long> finished = new ArrayList<>();
            boolean reachedNewer = false;
            for (OutboxStore.Head head : heads) {
                if (!head.createdAt().isBefore(before)) {
                    reachedNewer = true;
                    break;
                }
                if (head.status() == OutboxMessage.Status.SENT || head.status() == OutboxMessage.Status.FAILED) {
                    finished.add(head.seq());
                }
                after = head.seq();
            }
            if (!finished.isEmpty()) {
                deleted += transaction.execute(status -> store.deleteAll(finished));
            }
            if (reachedNewer || heads.size() < SWEEP_STEP) {
                return deleted;
            }
        }
    }
}
