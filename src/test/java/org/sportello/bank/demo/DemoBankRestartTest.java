package org.sportello.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.testing.BankAssertions.assertBalancesAreSumsOfTransactions;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sportello.SportelloApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo bank on a real H2 file: seeded once, kept across a restart, balances equal to the sum
 * of their transactions, and the live feed booking through the real path while it runs.
 */
class DemoBankRestartTest {

    private final String dataDir = "./target/test-data/restart-" + UUID.randomUUID();

    private ConfigurableApplicationContext start(boolean feed) {
        return new SpringApplicationBuilder(SportelloApplication.class)
                .web(WebApplicationType.NONE)
                .run("--sportello.data-dir=" + dataDir,
                        "--sportello.clock.fixed=2026-11-18T09:30:00Z",
                        "--sportello.demo.feed.enabled=" + feed,
                        "--sportello.demo.feed.interval=200ms");
    }

    @Test
    void seedsOnceKeepsTheDataOnRestartAndFeedsLiveTransactions() {
        List<Long> firstStart;
        try (ConfigurableApplicationContext app = start(false)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            firstStart = counts(jdbc);
            assertThat(firstStart.subList(0, 3)).containsExactly(4L, 4L, 4L);
            assertThat(firstStart.get(3)).isGreaterThan(4_000L);
            assertBalancesAreSumsOfTransactions(jdbc);
        }

        try (ConfigurableApplicationContext app = start(true)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT name FROM bank_demo_seed ORDER BY name").query(String.class).list())
                    .containsExactly("demo-bank-v1", "demo-logins-v1");
            await().atMost(Duration.ofSeconds(10)).until(() -> live(jdbc) >= 3);
            assertThat(counts(jdbc).subList(0, 3)).containsExactly(4L, 4L, 4L);
            assertThat(counts(jdbc).get(3)).isEqualTo(firstStart.get(3) + live(jdbc));
            assertBalancesAreSumsOfTransactions(jdbc);
        }
    }

    private static List<Long> counts(JdbcClient jdbc) {
        return List.of(
                count(jdbc, "SELECT COUNT(*) FROM bank_customer"),
                count(jdbc, "SELECT COUNT(*) FROM bank_account"),
                count(jdbc, "SELECT COUNT(*) FROM bank_card"),
                count(jdbc, "SELECT COUNT(*) FROM bank_transaction"));
    }

    private static long live(JdbcClient jdbc) {
        return count(jdbc, "SELECT COUNT(*) FROM bank_transaction WHERE bank_reference LIKE 'LIVE-%'");
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
