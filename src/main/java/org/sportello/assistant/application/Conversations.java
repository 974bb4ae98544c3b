package org.sportello.assistant.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import org.sportello.assistant.domain.DialogueState;
import org.sportello.shared.ChatAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dialogue state of each chat, kept in memory for a while after its last message: a
 * follow-up ("e a settembre?") leans on the question before it, a pending confirmation waits for
 * its answer. After {@code sportello.assistant.dialogue-memory} of silence a chat starts afresh,
 * and a restart forgets every state (nothing in it is customer data to keep).
 */
@Component
class Conversations {

    /** Chats remembered at once; the least recently used are forgotten first beyond it. */
    static final long CHATS_MAX = 100_000;

    private final Cache<ChatAddress, DialogueState> states;

    Conversations(@Value("${sportello.assistant.dialogue-memory:30m}") Duration memory, Clock clock) {
        // The injected clock drives expiry too, so tests that move time see states forgotten.
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.states = Caffeine.newBuilder().maximumSize(CHATS_MAX).expireAfterAccess(memory).ticker(ticker).build();
    }

    DialogueState of(ChatAddress chat) {
        DialogueState state = states.getIfPresent(chat);
        return state == null ? DialogueState.NEW : state;
    }

    void remember(ChatAddress chat, DialogueState state) {
        states.put(chat, state);
    }

    void forget(ChatAddress chat) {
        states.invalidate(chat);
    }
}
