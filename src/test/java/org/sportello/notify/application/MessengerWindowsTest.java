package org.sportello.notify.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sportello.notify.Purpose;
import org.sportello.notify.domain.OutboxMessage;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;

class MessengerWindowsTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final ChatAddress ANNA = new ChatAddress(Channel.MESSENGER, "psid-anna");
    static final ChatAddress BRUNO = new ChatAddress(Channel.MESSENGER, "psid-bruno");
    static final ChatAddress TELEGRAM = new ChatAddress(Channel.TELEGRAM, "42");

    /** notify_window as the store has it, and every chat each read asked for. */
    final Map<ChatAddress, Instant> stored = new HashMap<>();
    final List<List<ChatAddress>> reads = new ArrayList<>();
    final MessengerWindows windows = new MessengerWindows((OutboxStore) Proxy.newProxyInstance(OutboxStore.class.getClassLoader(),
            new Class<?>[] {OutboxStore.class}, (proxy, method, args) -> {
                if (!method.getName().equals("lastInbound") || !(args[0] instanceof Collection<?>)) {
                    throw new UnsupportedOperationException(method.getName());
                }
                @SuppressWarnings("unchecked")
                List<ChatAddress> chats = List.copyOf((Collection<ChatAddress>) args[0]);
                reads.add(chats);
                Map<ChatAddress, Instant> found = new HashMap<>();
                chats.stream().filter(stored::containsKey).forEach(chat -> found.put(chat, stored.get(chat)));
                return found;
            }));

    static OutboxMessage to(ChatAddress chat) {
        return new OutboxMessage(1, "m-" + chat.userId(), chat, Language.IT, Purpose.NOTIFICATION, "Pagamento", List.of(), null, null,
                OutboxMessage.Status.PENDING, 0, NOW, null, NOW);
    }

    @Test
    void anOpenWindowIsReadOnceAndRememberedWhileItLasts() {
        stored.put(ANNA, NOW.minus(Duration.ofHours(2)));

        assertThat(windows.of(List.of(to(ANNA)), NOW)).containsEntry(ANNA, NOW.minus(Duration.ofHours(2)));
        assertThat(windows.of(List.of(to(ANNA)), NOW.plus(Duration.ofHours(21))))
                .as("22 hours after her message: still open, not read again").containsEntry(ANNA, NOW.minus(Duration.ofHours(2)));
        assertThat(reads).containsExactly(List.of(ANNA));

        stored.put(ANNA, NOW.plus(Duration.ofHours(20)));
        assertThat(windows.of(List.of(to(ANNA)), NOW.plus(Duration.ofHours(23))))
                .as("once the remembered window closed, the chat is read again: she wrote since, on another node")
                .containsEntry(ANNA, NOW.plus(Duration.ofHours(20)));
        assertThat(reads).containsExactly(List.of(ANNA), List.of(ANNA));
    }

    @Test
    void chatsWithoutAnOpenWindowAreReadEachTimeAndOtherChannelsNever() {
        stored.put(BRUNO, NOW.minus(Duration.ofDays(3)));

        assertThat(windows.of(List.of(to(ANNA), to(BRUNO), to(TELEGRAM)), NOW)).containsOnly(Map.entry(BRUNO, NOW.minus(Duration.ofDays(3))));
        assertThat(windows.of(List.of(to(ANNA), to(BRUNO), to(TELEGRAM)), NOW)).hasSize(1);

        assertThat(reads).containsExactly(List.of(ANNA, BRUNO), List.of(ANNA, BRUNO));
        assertThat(windows.remembered()).isZero();
    }

    @Test
    void aMessageWrittenHereOpensTheWindowWithoutARead() {
        windows.inbound(ANNA, NOW.minusSeconds(5), NOW);

        assertThat(windows.of(List.of(to(ANNA)), NOW)).containsEntry(ANNA, NOW.minusSeconds(5));
        assertThat(reads).isEmpty();
    }

    @Test
    void aRememberedTimeOnlyGetsLater() {
        windows.inbound(ANNA, NOW.minusSeconds(5), NOW);
        windows.inbound(ANNA, NOW.minus(Duration.ofHours(3)), NOW);

        assertThat(windows.of(List.of(to(ANNA)), NOW)).as("a late, older message leaves the latest").containsEntry(ANNA, NOW.minusSeconds(5));
    }

    @Test
    void anErasedChatIsForgotten() {
        windows.inbound(ANNA, NOW.minusSeconds(5), NOW);
        windows.forget(ANNA);

        assertThat(windows.of(List.of(to(ANNA)), NOW)).as("erased with the chat's data: it never wrote").isEmpty();
        assertThat(reads).containsExactly(List.of(ANNA));
    }

    @Test
    void itRemembersABoundedNumberOfChatsDroppingClosedWindowsFirst() {
        for (int i = 0; i < MessengerWindows.REMEMBERED_MAX; i++) {
            windows.inbound(new ChatAddress(Channel.MESSENGER, "psid-" + i), NOW.minus(Duration.ofHours(i % 2 == 0 ? 23 : 1)), NOW);
        }
        assertThat(windows.remembered()).isEqualTo(MessengerWindows.REMEMBERED_MAX);

        windows.inbound(ANNA, NOW, NOW.plus(Duration.ofHours(2)));

        assertThat(windows.remembered()).as("the half whose window closed went").isEqualTo(MessengerWindows.REMEMBERED_MAX / 2 + 1);
    }
}
