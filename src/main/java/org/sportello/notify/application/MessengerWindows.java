package org.sportello.notify.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sportello.notify.domain.DeliveryPolicy;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.springframework.stereotype.Component;

/**
 * When each Messenger chat last wrote, as the dispatcher needs it for the platform's policy: read
 * from the store, and remembered while the 24-hour window it opened lasts. A chat's last message
 * only ever gets later, so a remembered time that keeps the window open keeps it open however
 * stale it is, and the policy's decision is the same as with the latest: only the chats with no
 * remembered time inside the window are read again. Before, every round read the window of every
 * chat it sent to. This node's own customer messages are remembered as they commit; a chat's
 * erasure forgets it here (another node's memory of it opens no window for messages that are no
 * longer there).
 */
@Component
class MessengerWindows {

    /** Chats remembered at most; past it those whose window closed go, and if none did, all. */
    static final int REMEMBERED_MAX = 100_000;

    private final OutboxStore store;
    private final Map<ChatAddress, Instant> open = new ConcurrentHashMap<>();

    MessengerWindows(OutboxStore store) {
        this.store = store;
    }

    /** When each Messenger chat of these messages last wrote, as far as the policy can tell at {@code now}; others absent. */
    Map<ChatAddress, Instant> of(List<OutboxMessage> messages, Instant now) {
        Map<ChatAddress, Instant> known = new HashMap<>();
        List<ChatAddress> unknown = new ArrayList<>();
        for (OutboxMessage message : messages) {
            ChatAddress chat = message.to();
            if (chat.channel() != Channel.MESSENGER) {
                continue;
            }
            Instant remembered = open.get(chat);
            if (remembered != null && DeliveryPolicy.insideWindow(remembered, now)) {
                known.put(chat, remembered);
            } else {
                unknown.add(chat);
            }
        }
        if (!unknown.isEmpty()) {
            store.lastInbound(unknown).forEach((chat, at) -> {
                known.put(chat, at);
                remember(chat, at, now);
            });
        }
        return known;
    }

    /** The customer wrote at {@code at}, and it is committed. */
    void inbound(ChatAddress chat, Instant at, Instant now) {
        if (chat.channel() == Channel.MESSENGER) {
            remember(chat, at, now);
        }
    }

    /** The chat's data was erased: its window with it. */
    void forget(ChatAddress chat) {
        open.remove(chat);
    }

    int remembered() {
        return open.size();
    }

    private void remember(ChatAddress chat, Instant at, Instant now) {
        if (!DeliveryPolicy.insideWindow(at, now)) {
            return;
        }
        if (open.size() >= REMEMBERED_MAX) {
            open.values().removeIf(last -> !DeliveryPolicy.insideWindow(last, now));
            if (open.size() >= REMEMBERED_MAX) {
                open.clear();
            }
        }
        open.merge(chat, at, (before, after) -> after.isAfter(before) ? after : before);
    }
}
