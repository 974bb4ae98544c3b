package org.sportello.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sportello.shared.Channel;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.Language;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A platform at its rate waits on its own: the dispatcher takes no more than the rate allows, and waits for no permit. */
@SportelloIntegrationTest
@Import(DeliveryOutboxTest.Platforms.class)
@TestPropertySource(properties = "sportello.delivery.rate-per-second=3")
class DeliveryRateTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    List<DeliveryOutboxTest.ScriptedPlatform> platforms;

    @Test
    void aPlatformAtItsRateHoldsNoOtherPlatformBack() {
        DeliveryOutboxTest.ScriptedPlatform telegram = platforms.stream().filter(p -> p.channel == Channel.TELEGRAM).findFirst()
                .orElseThrow();
        DeliveryOutboxTest.ScriptedPlatform messenger = platforms.stream().filter(p -> p.channel == Channel.MESSENGER).findFirst()
                .orElseThrow();
        String run = Long.toString(System.nanoTime());
        // Eight Telegram messages, then one for Messenger, all at once: Telegram may take 3 a second.
        transaction.executeWithoutResult(status -> {
            IntStream.range(0, 8).forEach(i -> events.publishEvent(new MessageToSend("rate-t" + i + "-" + run,
                    new ChatAddress(Channel.TELEGRAM, "rate-" + i + "-" + run), Language.IT, Purpose.REPLY, "testo", List.of(),
                    clock.instant())));
            events.publishEvent(new MessageToSend("rate-m-" + run, new ChatAddress(Channel.MESSENGER, "rate-m-" + run), Language.IT,
                    Purpose.NOTIFICATION, "testo", List.of(), clock.instant()));
        });

        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE message_id LIKE :ids AND status = 'SENT'")
                .param("ids", "rate-%-" + run).query(Long.class).single()).isEqualTo(9));

        List<Long> telegramTimes = IntStream.range(0, 8).mapToObj(i -> telegram.acceptedAt.get("rate-t" + i + "-" + run)).sorted().toList();
        assertThat(java.time.Duration.ofNanos(telegramTimes.get(7) - telegramTimes.get(0)))
                .as("3 a second: the first three in one second of the rate limiter, the last two two seconds on")
                .isGreaterThan(java.time.Duration.ofSeconds(1));
        assertThat(messenger.acceptedAt.get("rate-m-" + run)).as("Messenger did not wait for Telegram's permits")
                .isLessThan(telegramTimes.get(3));
        assertThat(telegram.tried.stream().filter(id -> id.endsWith("-" + run))).as("each handed over once, none refused for the rate")
                .hasSize(8).doesNotHaveDuplicates();
    }
}
