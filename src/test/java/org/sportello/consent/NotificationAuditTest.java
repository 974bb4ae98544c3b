package org.sportello.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.sportello.testing.BankLinking;
import org.sportello.testing.HttpTestClient;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notification reads are audited once per link and window (a minute by default), every other read
 * each time; the consent is checked on every read all the same.
 */
@SportelloIntegrationTest
class NotificationAuditTest {

    static final CustomerId EMMA = new CustomerId("emma.clarke");

    @LocalServerPort
    int port;

    @Autowired
    Consents consents;

    @Autowired
    ConsentAdministration administration;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    ChatAddress chat;
    String linkId;

    @BeforeEach
    void link() {
        BankLinking customer = new BankLinking(new HttpTestClient(port));
        customer.link("en", EMMA.value());
        chat = ChatAddress.web(customer.browser().cookie("sportello_chat"));
        linkId = consents.linkOf(chat).orElseThrow().linkId();
        // The welcome reads the account for the customer's name after the link commits, on another
        // thread: its entry must be written before the clock moves on, or a test counts it as its own.
        await().until(() -> jdbc.sql("SELECT COUNT(*) FROM consent_audit WHERE link_id = :link AND kind = 'DATA_READ'"
                + " AND purpose = 'answer'").param("link", linkId).query(Long.class).single(), count -> count > 0);
        clock.advance(Duration.ofHours(1)); // past whatever the welcome's reads covered
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void notificationReadsWithinAMinuteWriteOneEntrySayingUntilWhen() {
        Instant first = clock.instant();
        for (int read = 0; read < 3; read++) {
            assertThat(notified()).as("every read is checked and granted").contains(linkId);
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(entries("notification")).containsExactly("covers this link's notification reads until " + first.plusSeconds(60));

        clock.advance(Duration.ofSeconds(1)); // 61 s after the first: the entry no longer covers it
        Instant second = clock.instant();
        assertThat(notified()).contains(linkId);
        assertThat(entries("notification")).containsExactly("covers this link's notification reads until " + first.plusSeconds(60),
                "covers this link's notification reads until " + second.plusSeconds(60));
    }

    @Test
    void answersAreAuditedEveryTime() {
        long before = entries("answer").size();
        consents.check(chat, Scope.BALANCES, AccessPurpose.ANSWER);
        consents.check(chat, Scope.BALANCES, AccessPurpose.ANSWER);
        assertThat(entries("answer")).hasSize((int) before + 2);
    }

    @Test
    void aLinkRevokedInsideTheWindowIsRefusedAtOnce() {
        assertThat(notified()).contains(linkId);
        assertThat(administration.revoke(linkId, "test").status()).isEqualTo("REVOKED");
        clock.advance(Duration.ofSeconds(1));
        assertThat(notified()).as("coverage spares an audit entry, never a consent check").doesNotContain(linkId);
    }

    private List<String> notified() {
        return consents.linksOf(EMMA, Scope.NOTIFICATIONS, AccessPurpose.NOTIFICATION).stream().map(LinkedChat::linkId).toList();
    }

    /** Details of the link's DATA_READ entries for the purpose, written since the test's clock moved past the welcome. */
    private List<String> entries(String purpose) {
        return jdbc.sql("SELECT COALESCE(detail, '') FROM consent_audit WHERE link_id = :link AND kind = 'DATA_READ' AND purpose = :purpose"
                        + " AND recorded_at >= :since ORDER BY seq")
                .param("link", linkId).param("purpose", purpose).param("since", clock.instant().minus(Duration.ofMinutes(5)).atOffset(java.time.ZoneOffset.UTC))
                .query(String.class).list();
    }
}
