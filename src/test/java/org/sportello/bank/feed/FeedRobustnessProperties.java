package org.sportello.bank.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.testing.BankAssertions.assertBalancesAreSumsOfTransactions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sportello.SportelloApplication;
import org.sportello.bank.FeedFormat;
import org.sportello.bank.Feeds;
import org.sportello.bank.ImportReport;
import org.sportello.shared.RequestRefused;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;

/**
 * Whatever bytes arrive, a feed is booked whole or refused with a RequestRefused, never anything
 * else, and the books stay balanced: every account's balance is the sum of its transactions.
 */
class FeedRobustnessProperties {

    static final String VALID = """
            {"transactions": [
              {"id": "P-%1$s-1", "account": "IT46C0542803401000000471209", "amount": "12.30", "currency": "EUR",
               "direction": "DEBIT", "bookedAt": "2026-11-18T08:00:00Z", "card": "1937",
               "merchant": {"name": "Conad Vomero", "mcc": "5411", "city": "Napoli", "latitude": 40.84, "longitude": 14.23}},
              {"id": "P-%1$s-2", "account": "IT46C0542803401000000471209", "amount": "100.00", "currency": "EUR",
               "direction": "CREDIT", "bookedAt": "2026-11-18T09:00:00Z", "counterparty": "Luca Bianchi", "status": "PENDING"}
            ]}""";

    static ConfigurableApplicationContext app;

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(SportelloApplication.class).web(WebApplicationType.NONE)
                .run("--sportello.data-dir=./target/test-data/robust-" + UUID.randomUUID(),
                        "--sportello.clock.fixed=2026-11-18T09:30:00Z", "--sportello.demo.feed.enabled=false",
                        "--logging.level.root=WARN");
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    @Property(tries = 300)
    void anyMutationIsBookedWholeOrRefusedCleanly(@ForAll("mutatedBatches") byte[] body) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long before = jdbc.sql("SELECT COUNT(*) FROM bank_transaction").query(Long.class).single();
        try {
            ImportReport report = app.getBean(Feeds.class).importFeed(FeedFormat.JSON, new ByteArrayInputStream(body), "mutant", Map.of());
            long after = jdbc.sql("SELECT COUNT(*) FROM bank_transaction").query(Long.class).single();
            assertThat(after - before).isEqualTo(report.booked());
        } catch (RequestRefused refused) {
            assertThat(refused.detail()).isNotBlank();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM bank_transaction").query(Long.class).single()).isEqualTo(before);
        } catch (JacksonException malformed) {
            // Malformed JSON: the web layer answers 400 with line and column; nothing was read, nothing written.
            assertThat(jdbc.sql("SELECT COUNT(*) FROM bank_transaction").query(Long.class).single()).isEqualTo(before);
        }
        assertBalancesAreSumsOfTransactions(jdbc);
    }

    @Provide
    Arbitrary<byte[]> mutatedBatches() {
        Arbitrary<String> run = Arbitraries.strings().alpha().ofLength(8);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        Arbitrary<Character> character = Arbitraries.chars().with('{', '}', '"', ',', ':', '[', ']', '-', '0', '9', 'x', ' ', '\\',
                '\u00e9', '\u0000');
        return Combinators.combine(run, position, kind, character).as(FeedRobustnessProperties::mutate);
    }

    /** Deletes, replaces, duplicates or truncates at one place, or leaves the batch valid. */
    static byte[] mutate(String run, int position, int kind, char character) {
        String text = VALID.formatted(run);
        int at = position % text.length();
        String mutated = switch (kind) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + character + text.substring(at + 1);
            case 2 -> text.substring(0, at) + text.substring(at, Math.min(text.length(), at + 20)) + text.substring(at);
            case 3 -> text.substring(0, at);
            default -> text;
        };
        return mutated.getBytes(StandardCharsets.UTF_8);
    }
}
