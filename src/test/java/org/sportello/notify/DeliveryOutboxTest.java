package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.TransactionsBooked;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against scripted platforms: per-chat order through retries, permanent failures
 * recorded, redelivered causes sent once, Messenger's window holding what it must, and giving up.
 */
@SportelloIntegrationTest
@Import(DeliveryOutboxTest.Platforms.class)
@TestPropertySource(properties = {"sportello.delivery.retry-first=1s", "sportello.delivery.retry-max=4s",
        "sportello.delivery.give-up-after=1h"})
class DeliveryOutboxTest {

    /** A platform whose answers a test scripts; unscripted sends are accepted. */
    static final class ScriptedPlatform implements PlatformSender {

        final Channel channel;
        final Deque<SendResult> script = new ArrayDeque<>();
        /** Answers for one chat's messages, before the shared script: a booked batch also goes to the customer's other chats. */
        final java.util.Map<ChatAddress, Deque<SendResult>> scriptFor = new java.util.concurrent.ConcurrentHashMap<>();
        final List<Outbound> accepted = new CopyOnWriteArrayList<>();
        final List<String> tried = new CopyOnWriteArrayList<>();
        /** When each accepted message was handed over (System.nanoTime), to compare platforms' order. */
        final java.util.Map<String, Long> acceptedAt = new java.util.concurrent.ConcurrentHashMap<>();
        /** Runs once, at the next send, before it is answered. */
        volatile Runnable beforeNextAnswer;
        /** Runs at every send, before it is answered. */
        volatile java.util.function.Consumer<Outbound> onSend = message -> { };
        volatile Limits limits = Limits.NONE;

        ScriptedPlatform(Channel channel) {
            this.channel = channel;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public Limits limits() {
            return limits;
        }

        @Override
        public synchronized SendResult send(Outbound message) {
            tried.add(message.messageId());
            onSend.accept(message);
            Runnable before = beforeNextAnswer;
            beforeNextAnswer = null;
            if (before != null) {
                before.run();
            }
            Deque<SendResult> own = scriptFor.get(message.to());
            SendResult next = own != null && !own.isEmpty() ? own.pollFirst() : script.pollFirst();
            if (next == null || next instanceof SendResult.Sent) {
                acceptedAt.put(message.messageId(), System.nanoTime());
                accepted.add(message);
                return new SendResult.Sent("platform-" + message.messageId());
            }
            return next;
        }

        /** What the chat was sent, without its welcome. */
        List<String> acceptedTo(ChatAddress chat) {
            return accepted.stream().filter(message -> message.to().equals(chat) && !message.messageId().startsWith("welcome:"))
                    .map(Outbound::messageId).toList();
        }

        List<String> acceptedIds() {
            return accepted.stream().map(Outbound::messageId).toList();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Platforms {

        @Bean
        ScriptedPlatform telegram() {
            return new ScriptedPlatform(Channel.TELEGRAM);
        }

        @Bean
        ScriptedPlatform messenger() {
            return new ScriptedPlatform(Channel.MESSENGER);
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ConversationWindows windows;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.context.ApplicationContext app;

    @Autowired
    List<ScriptedPlatform> platforms;

    ScriptedPlatform telegram;
    ScriptedPlatform messenger;
    String run;

    @BeforeEach
    void platforms() {
        telegram = platforms.stream().filter(p -> p.channel == Channel.TELEGRAM).findFirst().orElseThrow();
        messenger = platforms.stream().filter(p -> p.channel == Channel.MESSENGER).findFirst().orElseThrow();
        run = Long.toString(System.nanoTime());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        telegram.onSend = message -> { };
    }

    void send(String id, ChatAddress to, Purpose purpose) {
        transaction.executeWithoutResult(status -> events.publishEvent(new MessageToSend(id, to, Language.IT, purpose,
                "testo " + id, List.of(), clock.instant())));
    }

    /** A booked card payment of Marco's, as the bank module announces it. */
    TransactionBooked payment(String id, String merchant) {
        return new TransactionBooked(id, "REF-" + id, new CustomerId("marco.esposito"), "acc-" + run, "IT60 •••• 3456",
                TransactionKind.CARD_PAYMENT, TransactionStatus.BOOKED, Money.eur("-12.30"), clock.instant(), merchant, "5411", "Milano",
                "4821", null, null, null, Money.eur("987.65"), null);
    }

    /** A booked batch, published in a transaction as the bank module publishes it. */
    void book(TransactionBooked... payments) {
        transaction.executeWithoutResult(status -> events.publishEvent(new TransactionsBooked(List.of(payments))));
    }

    /** A Telegram chat linked to Marco, once its welcome went out (so that the platform's script is not spent on it). */
    String linkedChat(ChatAddress chat) {
        String linkId = org.sportello.testing.InProcessLinking.link(app, chat, "marco.esposito", Language.IT).link().linkId();
        await().untilAsserted(() -> assertThat(telegram.acceptedIds()).contains("welcome:" + linkId));
        return linkId;
    }

    /** How many outbox rows each message had when Telegram got it: 0 when it went before it was written. */
    java.util.Map<String, Long> rowsAtEachSend() {
        java.util.Map<String, Long> rowsWhenSent = new java.util.concurrent.ConcurrentHashMap<>();
        telegram.onSend = message -> rowsWhenSent.put(message.messageId(), rows(message.messageId()));
        return rowsWhenSent;
    }

    long rows(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE message_id = :id").param("id", id).query(Long.class).single();
    }

    String row(String id) {
        return jdbc.sql("SELECT status || ' ' || attempts || ' ' || COALESCE(platform_message_id, '-') || ' '"
                        + " || COALESCE(last_error, '-') FROM notify_outbox WHERE message_id = :id")
                .param("id", id).query(String.class).single();
    }

    String status(String id) {
        return jdbc.sql("SELECT status FROM notify_outbox WHERE message_id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void aBookedBatchsNotificationsGoToThePlatformBeforeTheirRowsAreWrittenAndAreWrittenSent() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "direct-" + run);
        String linkId = linkedChat(chat);
        java.util.Map<String, Long> rowsWhenSent = rowsAtEachSend();
        String first = "txn:T1-" + run + ":" + linkId;
        String second = "txn:T2-" + run + ":" + linkId;

        book(payment("T1-" + run, "Esselunga"), payment("T2-" + run, "Coop"));

        await().untilAsserted(() -> assertThat(status(second)).isEqualTo("SENT"));
        assertThat(telegram.acceptedTo(chat)).containsExactly(first, second);
        assertThat(rowsWhenSent).as("no round of the dispatcher: nothing was written before the platform had them")
                .containsEntry(first, 0L).containsEntry(second, 0L);
        assertThat(List.of(row(first), row(second))).containsExactly("SENT 1 platform-" + first + " -", "SENT 1 platform-" + second + " -");
    }

    @Test
    void aDirectSendThePlatformRefusesForNowIsWrittenForTheDispatcherWhichSendsItOnce() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "direct-retry-" + run);
        String linkId = linkedChat(chat);
        String id = "txn:T-" + run + ":" + linkId;
        telegram.scriptFor.put(chat, new ArrayDeque<>(List.of(new PlatformSender.SendResult.Retry("HTTP 502", null))));

        book(payment("T-" + run, "Esselunga"));

        await().untilAsserted(() -> assertThat(rows(id)).isEqualTo(1));
        assertThat(row(id)).isEqualTo("PENDING 1 - HTTP 502");
        clock.advance(Duration.ofSeconds(5)); // past the first backoff (1 s, with jitter)
        await().untilAsserted(() -> assertThat(status(id)).isEqualTo("SENT"));
        assertThat(row(id)).isEqualTo("SENT 2 platform-" + id + " -");
        assertThat(telegram.tried.stream().filter(id::equals)).hasSize(2);
    }

    @Test
    void afterADirectSendIsRefusedForNowThePlatformGetsNothingAtOnceUntilItAcceptsADispatchedMessage() {
        ChatAddress failing = new ChatAddress(Channel.TELEGRAM, "outage-a-" + run);
        ChatAddress other = new ChatAddress(Channel.TELEGRAM, "outage-b-" + run);
        String failingLink = linkedChat(failing);
        String otherLink = linkedChat(other);
        java.util.Map<String, Long> rowsWhenSent = rowsAtEachSend();
        telegram.scriptFor.put(failing, new ArrayDeque<>(List.of(new PlatformSender.SendResult.Retry("timeout", null))));
        book(payment("T1-" + run, "Esselunga"));
        String refused = "txn:T1-" + run + ":" + failingLink;
        await().untilAsserted(() -> assertThat(rows(refused)).isEqualTo(1));
        assertThat(row(refused)).isEqualTo("PENDING 1 - timeout");

        book(payment("T2-" + run, "Coop"));
        String meanwhile = "txn:T2-" + run + ":" + otherLink;
        await().untilAsserted(() -> assertThat(status(meanwhile)).isEqualTo("SENT"));
        assertThat(rowsWhenSent).as("written first, sent by the dispatcher").containsEntry(meanwhile, 1L);

        book(payment("T3-" + run, "Conad"));
        String after = "txn:T3-" + run + ":" + otherLink;
        await().untilAsserted(() -> assertThat(status(after)).isEqualTo("SENT"));
        assertThat(rowsWhenSent).as("the platform accepted a dispatched message: at once again").containsEntry(after, 0L);
    }

    @Test
    void aNotificationToAChatWhoseEarlierMessageWaitsForARetryGoesAfterIt() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "behind-" + run);
        String linkId = linkedChat(chat);
        String id = "txn:T-" + run + ":" + linkId;
        java.util.Map<String, Long> rowsWhenSent = rowsAtEachSend();
        telegram.scriptFor.put(chat, new ArrayDeque<>(List.of(new PlatformSender.SendResult.Retry("HTTP 500", null))));
        send("earlier-" + run, chat, Purpose.NOTIFICATION);
        await().untilAsserted(() -> assertThat(row("earlier-" + run)).isEqualTo("PENDING 1 - HTTP 500"));

        book(payment("T-" + run, "Esselunga"));

        await().untilAsserted(() -> assertThat(rows(id)).isEqualTo(1));
        assertThat(row(id)).as("written to wait behind the earlier one").isEqualTo("PENDING 0 - -");
        clock.advance(Duration.ofSeconds(5));
        await().untilAsserted(() -> assertThat(status(id)).isEqualTo("SENT"));
        assertThat(telegram.acceptedTo(chat)).containsExactly("earlier-" + run, id);
        assertThat(rowsWhenSent).containsEntry(id, 1L);
    }

    @Test
    void aChatBeingSentToDirectlyKeepsItsLaterMessageWaitingUntilTheSendIsWritten() throws Exception {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "inflight-" + run);
        String linkId = linkedChat(chat);
        String id = "txn:T-" + run + ":" + linkId;
        java.util.concurrent.CountDownLatch platformAnswers = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch directSendStarted = new java.util.concurrent.CountDownLatch(1);
        telegram.onSend = message -> {
            if (message.messageId().equals(id)) {
                directSendStarted.countDown();
                try {
                    platformAnswers.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try {
            book(payment("T-" + run, "Esselunga"));
            assertThat(directSendStarted.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            send("later-" + run, chat, Purpose.REPLY);
            assertThat(status("later-" + run)).isEqualTo("PENDING");

            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(telegram.tried).as("the dispatcher leaves the chat alone").doesNotContain("later-" + run));
        } finally {
            platformAnswers.countDown();
        }
        await().untilAsserted(() -> assertThat(status("later-" + run)).isEqualTo("SENT"));
        assertThat(telegram.acceptedTo(chat)).containsExactly(id, "later-" + run);
    }

    @Test
    void aDirectSendWhoseRowCannotBeWrittenLeavesItsChatFreeForTheDispatcher() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "unwritten-" + run);
        String linkId = linkedChat(chat);
        String id = "txn:T-" + OutboxWriteFails.MARK + "-" + run + ":" + linkId;
        jdbc.sql("CREATE TRIGGER outbox_write_fails_" + run + " BEFORE INSERT ON notify_outbox FOR EACH ROW CALL \""
                + OutboxWriteFails.class.getName() + "\"").update();
        try {
            book(payment("T-" + OutboxWriteFails.MARK + "-" + run, "Esselunga"));
            await().until(() -> OutboxWriteFails.REFUSED.contains(id));
        } finally {
            jdbc.sql("DROP TRIGGER outbox_write_fails_" + run).update();
        }
        assertThat(telegram.acceptedTo(chat)).as("sent before the write was tried").endsWith(id);
        assertThat(rows(id)).as("the write failed: the booked batch's event stays unfinished, to be resumed").isZero();

        // Had the failed write left the chat marked as being sent to, the dispatcher would skip it for good.
        send("after-" + run, chat, Purpose.REPLY);
        await().untilAsserted(() -> assertThat(status("after-" + run)).isEqualTo("SENT"));
        assertThat(telegram.acceptedTo(chat)).endsWith(id, "after-" + run);
    }

    @Test
    void aPlatformThatPacesEachChatGetsBookedPaymentsThroughTheDispatcherOnly() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "paced-direct-" + run);
        String linkId = linkedChat(chat);
        String id = "txn:T-" + run + ":" + linkId;
        java.util.Map<String, Long> rowsWhenSent = rowsAtEachSend();
        telegram.limits = new PlatformSender.Limits(30, Duration.ofSeconds(1), 3);
        try {
            book(payment("T-" + run, "Esselunga"));

            await().untilAsserted(() -> assertThat(status(id)).isEqualTo("SENT"));
            assertThat(rowsWhenSent).as("the pace per chat lives in the dispatcher's round").containsEntry(id, 1L);
        } finally {
            telegram.limits = PlatformSender.Limits.NONE;
        }
    }

    @Test
    void aRedeliveredBookedBatchSendsNothingAgain() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "redelivered-" + run);
        String linkId = linkedChat(chat);
        String id = "txn:T-" + run + ":" + linkId;
        TransactionBooked payment = payment("T-" + run, "Esselunga");
        book(payment);
        await().untilAsserted(() -> assertThat(status(id)).isEqualTo("SENT"));

        book(payment);

        // Handled: its publication is completed, and so deleted.
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%T-" + run + "%").query(Long.class).single()).isZero());
        assertThat(telegram.tried.stream().filter(id::equals)).hasSize(1);
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void aChatsMessagesArriveOnceAndInOrderThroughRetries() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "order-" + run);
        telegram.script.add(new PlatformSender.SendResult.Retry("HTTP 500", null));
        telegram.script.add(new PlatformSender.SendResult.Retry("timeout", null));
        send("a-" + run, chat, Purpose.NOTIFICATION);
        send("b-" + run, chat, Purpose.NOTIFICATION);
        send("c-" + run, chat, Purpose.NOTIFICATION);

        await().untilAsserted(() -> assertThat(telegram.tried).contains("a-" + run));
        assertThat(telegram.tried).doesNotContain("b-" + run);
        for (int i = 0; i < 4 && !telegram.acceptedIds().contains("c-" + run); i++) {
            clock.advance(Duration.ofSeconds(5)); // past the backoff: the retry is due
            int tries = i;
            await().untilAsserted(() -> assertThat(telegram.tried.size()).isGreaterThan(tries));
        }
        await().untilAsserted(() -> assertThat(telegram.acceptedIds()).containsSubsequence("a-" + run, "b-" + run, "c-" + run));
        assertThat(telegram.acceptedIds().stream().filter(id -> id.endsWith(run))).containsExactly("a-" + run, "b-" + run, "c-" + run);
        assertThat(telegram.tried.stream().filter(id -> id.equals("a-" + run))).hasSize(3);
        assertThat(jdbc.sql("SELECT attempts FROM notify_outbox WHERE message_id = :id").param("id", "a-" + run)
                .query(Integer.class).single()).isEqualTo(3);
    }

    /** The scripted platforms know nothing of pictures, like any text-only channel: they send the picture's words. */
    @Test
    void aPictureFollowsItsTextAndAPlatformWithoutPicturesSendsItsDescription() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "chart-" + run);
        Picture chart = new Picture("chart" + run, "Spese di ottobre: spesa alimentare 412,35 €, ristoranti 86,00 €.");
        transaction.executeWithoutResult(status -> events.publishEvent(new MessageToSend("chart-" + run, chat, Language.IT,
                Purpose.REPLY, "Ecco le tue spese di ottobre.", List.of(new QuickReply("Mese scorso", "PERIOD:LAST_MONTH")),
                clock.instant()).withPicture(chart)));

        await().untilAsserted(() -> assertThat(telegram.acceptedIds()).contains("chart-" + run + ":picture"));
        assertThat(telegram.accepted.stream().filter(message -> message.to().equals(chat)))
                .extracting(PlatformSender.Outbound::messageId, PlatformSender.Outbound::text, PlatformSender.Outbound::quickReplies,
                        PlatformSender.Outbound::picture)
                .containsExactly(
                        tuple("chart-" + run, "Ecco le tue spese di ottobre.", List.of(new QuickReply("Mese scorso", "PERIOD:LAST_MONTH")),
                                null),
                        tuple("chart-" + run + ":picture", chart.altText(), List.of(), chart));
    }

    @Test
    void aPermanentRefusalIsRecordedAndNotRetried() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "blocked-" + run);
        telegram.script.add(new PlatformSender.SendResult.Permanent("403 Forbidden: bot was blocked by the user"));
        send("p-" + run, chat, Purpose.NOTIFICATION);
        send("q-" + run, chat, Purpose.NOTIFICATION);

        await().untilAsserted(() -> assertThat(status("p-" + run)).isEqualTo("FAILED"));
        assertThat(jdbc.sql("SELECT last_error FROM notify_outbox WHERE message_id = :id").param("id", "p-" + run)
                .query(String.class).single()).isEqualTo("403 Forbidden: bot was blocked by the user");
        await().untilAsserted(() -> assertThat(status("q-" + run)).isEqualTo("SENT"));
        clock.advance(Duration.ofMinutes(10));
        assertThat(telegram.tried.stream().filter(id -> id.equals("p-" + run))).hasSize(1);
    }

    @Test
    void aNodeThatLostTheLeaseMidRoundRecordsWhatWasSentAndLeavesTheRestToTheNewHolder() {
        ChatAddress first = new ChatAddress(Channel.TELEGRAM, "paused-a-" + run);
        ChatAddress second = new ChatAddress(Channel.TELEGRAM, "paused-b-" + run);
        double unrecordedBefore = app.getBean(io.micrometer.core.instrument.MeterRegistry.class).counter("sportello.delivery.unrecorded")
                .count();
        // This node pauses longer than its lease while the platform answers: another node takes the lease over.
        telegram.beforeNextAnswer = () -> jdbc.sql("UPDATE notify_dispatch_lease SET holder = 'node-standby', expires_at = :until")
                .param("until", java.time.OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), java.time.ZoneOffset.UTC))
                .update();
        telegram.script.add(new PlatformSender.SendResult.Retry("HTTP 500", null));
        try {
            transaction.executeWithoutResult(status -> {
                events.publishEvent(new MessageToSend("paused-a-" + run, first, Language.IT, Purpose.NOTIFICATION, "uno", List.of(),
                        clock.instant()));
                events.publishEvent(new MessageToSend("paused-b-" + run, second, Language.IT, Purpose.NOTIFICATION, "due", List.of(),
                        clock.instant()));
            });

            await().untilAsserted(() -> assertThat(app.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                    .counter("sportello.delivery.unrecorded").count()).isEqualTo(unrecordedBefore + 1));
            // The two go out on two sender threads: the first the platform saw got the 500, the other was accepted.
            List<String> tried = telegram.tried.stream().filter(id -> id.startsWith("paused-") && id.endsWith(run)).toList();
            assertThat(tried).hasSize(2);
            assertThat(status(tried.get(1))).as("what the platform accepted is recorded in any case").isEqualTo("SENT");
            assertThat(jdbc.sql("SELECT status || ' ' || attempts || ' ' || COALESCE(last_error, '-') FROM notify_outbox"
                            + " WHERE message_id = :id").param("id", tried.get(0)).query(String.class).single())
                    .as("the retry is not recorded over what the new holder does with it").isEqualTo("PENDING 0 -");
        } finally {
            jdbc.sql("UPDATE notify_dispatch_lease SET expires_at = TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'"
                    + " WHERE holder = 'node-standby'").update();
        }
        await().untilAsserted(() -> assertThat(List.of(status("paused-a-" + run), status("paused-b-" + run)))
                .as("sent by whichever node holds the lease now").containsExactly("SENT", "SENT"));
    }

    @Test
    void aPlatformsPerChatLimitLetsABurstGoThenSpacesTheChatsMessagesAndNoOtherChats() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "paced-" + run);
        ChatAddress other = new ChatAddress(Channel.TELEGRAM, "unpaced-" + run);
        telegram.limits = new PlatformSender.Limits(30, Duration.ofSeconds(1), 2);
        try {
            send("paced-1-" + run, chat, Purpose.REPLY);
            send("paced-2-" + run, chat, Purpose.REPLY);
            send("paced-3-" + run, chat, Purpose.REPLY);
            await().untilAsserted(() -> assertThat(status("paced-2-" + run)).isEqualTo("SENT"));

            send("unpaced-1-" + run, other, Purpose.REPLY);
            await().untilAsserted(() -> assertThat(status("unpaced-1-" + run)).as("another chat does not wait").isEqualTo("SENT"));
            assertThat(status("paced-3-" + run)).as("a burst of two, then one a second: the test's clock has not moved")
                    .isEqualTo("PENDING");

            clock.advance(Duration.ofSeconds(1));
            await().untilAsserted(() -> assertThat(status("paced-3-" + run)).isEqualTo("SENT"));
            assertThat(telegram.acceptedIds().stream().filter(id -> id.startsWith("paced-"))).containsExactly("paced-1-" + run,
                    "paced-2-" + run, "paced-3-" + run);
        } finally {
            telegram.limits = PlatformSender.Limits.NONE;
        }
    }

    @Test
    void aRedeliveredCauseIsSentOnce() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "again-" + run);
        send("same-" + run, chat, Purpose.REPLY);
        send("same-" + run, chat, Purpose.REPLY);
        send("after-" + run, chat, Purpose.REPLY);

        await().untilAsserted(() -> assertThat(telegram.acceptedIds()).contains("after-" + run));
        assertThat(telegram.tried.stream().filter(id -> id.equals("same-" + run))).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE message_id = :id").param("id", "same-" + run)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void messengerHoldsAReplyOutsideItsWindowAndSendsItWhenTheCustomerWritesAgain() {
        ChatAddress chat = new ChatAddress(Channel.MESSENGER, "psid-" + run);
        windows.inbound(chat, clock.instant().minus(Duration.ofHours(25)));
        send("late-reply-" + run, chat, Purpose.REPLY);
        send("update-" + run, chat, Purpose.NOTIFICATION);

        await().untilAsserted(() -> assertThat(messenger.acceptedIds()).contains("update-" + run));
        PlatformSender.Outbound update = messenger.accepted.stream().filter(m -> m.messageId().equals("update-" + run)).findFirst()
                .orElseThrow();
        assertThat(update.delivery()).isEqualTo(PlatformSender.Delivery.tagged(PlatformSender.MessageTag.ACCOUNT_UPDATE));
        assertThat(status("late-reply-" + run)).isEqualTo("HELD");
        assertThat(messenger.acceptedIds()).doesNotContain("late-reply-" + run);

        transaction.executeWithoutResult(status -> windows.inbound(chat, clock.instant()));
        await().untilAsserted(() -> assertThat(messenger.acceptedIds()).contains("late-reply-" + run));
        PlatformSender.Outbound released = messenger.accepted.stream().filter(m -> m.messageId().equals("late-reply-" + run))
                .findFirst().orElseThrow();
        assertThat(released.delivery()).isEqualTo(PlatformSender.Delivery.RESPONSE);
    }

    @Test
    void whatMessengersPolicyHoldsIsToldInTheDailyDigest() {
        ChatAddress chat = new ChatAddress(Channel.MESSENGER, "held-" + run);
        String linkId = org.sportello.testing.InProcessLinking.link(app, chat, "marco.esposito", Language.IT).link().linkId();
        app.getBean(NotificationSettings.class).set(linkId, NotificationPreferences.DEFAULTS.withDigestAt(java.time.LocalTime.of(20, 0)));
        windows.inbound(chat, clock.instant().minus(Duration.ofHours(30)));
        send("held-reply-" + run, chat, Purpose.REPLY);
        await().untilAsserted(() -> assertThat(status("held-reply-" + run)).isEqualTo("HELD"));

        // 20:00 in Rome
        assertThat(app.getBean(org.sportello.notify.application.DigestJob.class).run(java.time.Instant.parse("2026-11-18T19:00:00Z")))
                .isGreaterThanOrEqualTo(1);
        await().untilAsserted(() -> assertThat(messenger.accepted).anyMatch(m -> m.to().equals(chat) && m.text().equals(
                "✉️ Ho altri 1 messaggi per te che Messenger mi fa consegnare solo dopo un tuo messaggio: scrivimi qualcosa per riceverli.")));
        PlatformSender.Outbound digest = messenger.accepted.stream().filter(m -> m.to().equals(chat) && m.text().startsWith("✉️"))
                .findFirst().orElseThrow();
        assertThat(digest.delivery()).isEqualTo(PlatformSender.Delivery.tagged(PlatformSender.MessageTag.ACCOUNT_UPDATE));
        assertThat(status("held-reply-" + run)).isEqualTo("HELD");
    }

    @Test
    void retriesStopAfterTheGiveUpTimeWithTheLastReason() {
        ChatAddress chat = new ChatAddress(Channel.TELEGRAM, "down-" + run);
        telegram.script.add(new PlatformSender.SendResult.Retry("HTTP 503", null));
        telegram.script.add(new PlatformSender.SendResult.Retry("HTTP 503", null));
        send("doomed-" + run, chat, Purpose.NOTIFICATION);
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT attempts FROM notify_outbox WHERE message_id = :id")
                .param("id", "doomed-" + run).query(Integer.class).single()).isEqualTo(1));

        clock.advance(Duration.ofHours(1));
        await().untilAsserted(() -> assertThat(status("doomed-" + run)).isEqualTo("FAILED"));
        assertThat(jdbc.sql("SELECT last_error FROM notify_outbox WHERE message_id = :id").param("id", "doomed-" + run)
                .query(String.class).single()).isEqualTo("gave up after 2 attempts in 60 minutes; last: HTTP 503");
    }

}
