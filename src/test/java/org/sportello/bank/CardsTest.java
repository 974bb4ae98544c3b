package org.sportello.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sportello.bank.CardChange.AlreadyActive;
import org.sportello.bank.CardChange.AlreadyFrozen;
import org.sportello.bank.CardChange.Frozen;
import org.sportello.bank.CardChange.NotChangeable;
import org.sportello.bank.CardChange.NotFound;
import org.sportello.bank.CardChange.Unfrozen;
import org.sportello.bank.application.BankSetup;
import org.sportello.bank.domain.ItalianIban;
import org.sportello.bank.domain.card.CardCatalogue;
import org.sportello.bank.domain.card.CardProduct;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.MaskedPan;
import org.sportello.shared.Money;
import org.sportello.testing.SportelloIntegrationTest;
import org.sportello.testing.TestGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A customer's cards over the demo bank (clock fixed at 2026-11-18). The freezing tests issue
 * their own customers and cards: test classes share the application, and the demo customers' cards
 * must stay as seeded.
 */
@SportelloIntegrationTest
@RecordApplicationEvents
class CardsTest {

    static final CustomerId GIULIA = new CustomerId("giulia.rossi");
    static final CustomerId EMMA = new CustomerId("emma.clarke");
    static final Instant NOW = Instant.parse(SportelloIntegrationTest.NOW);
    static final LocalDate VALID_THROUGH = LocalDate.of(2029, 10, 31);
    static final AtomicInteger HOLDERS = new AtomicInteger();

    @Autowired
    Cards cards;

    @Autowired
    BankSetup setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CardCatalogue catalogue;

    @Autowired
    ApplicationEvents events;

    /** A customer of the test with one active VISA debit card ending 5500. */
    record Holder(CustomerId customer, String cardId) {
    }

    Holder aHolderWithACardValidThrough(LocalDate validThrough) {
        int n = HOLDERS.incrementAndGet();
        CustomerId customer = new CustomerId("cards-test-" + n);
        String account = "acc-" + customer.value();
        setup.addCustomer(new CustomerProfile(customer, "Carla", "Carla Test " + n, Language.IT, ZoneId.of("Europe/Rome")), NOW);
        setup.openAccount(account, customer, ItalianIban.of("05428", "07777", String.format("%012d", n)), Currency.getInstance("EUR"),
                "Conto Sportello", LocalDate.of(2026, 1, 2), Money.eur("0"));
        setup.issueCard("card-" + customer.value(), account, "VISA", CardKind.DEBIT, "classic-visa", "5500", validThrough);
        return new Holder(customer, "card-" + customer.value());
    }

    Holder aHolderWithACard() {
        return aHolderWithACardValidThrough(VALID_THROUGH);
    }

    String storedStatus(String cardId) {
        return jdbc.sql("SELECT status FROM bank_card WHERE id = :id").param("id", cardId).query(String.class).single();
    }

    @Test
    void listsTheCustomersCardsWithKindProductExpiryAndAccount() {
        List<CardView> giulias = cards.cardsOf(TestGrant.accounts(GIULIA));

        assertThat(giulias).containsExactly(new CardView("card-giulia.rossi", "VISA", MaskedPan.ofLast4("4821"), CardKind.DEBIT,
                CardStatus.ACTIVE, YearMonth.of(2028, 11), "classic-visa", "IT60 •••• 3456"));
    }

    @Test
    void theDemoCustomersHoldEveryKindOfCardEachOfACatalogueProduct() {
        List<CardPerks> perks = List.of("giulia.rossi", "marco.esposito", "emma.clarke", "james.walker").stream()
                .flatMap(id -> cards.perksOf(TestGrant.accounts(new CustomerId(id))).stream()).toList();

        assertThat(perks).extracting(CardPerks::kind)
                .containsExactly(CardKind.DEBIT, CardKind.PREPAID, CardKind.CREDIT, CardKind.CREDIT);
        assertThat(perks).allSatisfy(card -> {
            CardProduct product = catalogue.product(card.productCode()).orElseThrow();
            assertThat(List.of(card.brand(), card.kind())).as(card.cardId()).containsExactly(product.brand(), product.kind());
            assertThat(card.perks()).isEqualTo(product.perks());
        });
    }

    @Test
    void listsThePerksOfTheCardsProduct() {
        assertThat(cards.perksOf(TestGrant.accounts(EMMA))).containsExactly(new CardPerks("card-emma.clarke", "gold-visa", "VISA",
                CardKind.CREDIT, MaskedPan.ofLast4("7712"), List.of("cashback-1pct", "travel-insurance", "purchase-protection",
                "extended-warranty", "contactless", "apple-google-pay", "3d-secure")));
    }

    @Test
    void freezesAnActiveCardOnceThenSaysItIsAlreadyFrozen() {
        Holder holder = aHolderWithACard();

        CardChange first = cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.LOST);
        CardChange second = cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.CUSTOMER_REQUEST);

        assertThat(first).isInstanceOf(Frozen.class);
        Frozen frozen = (Frozen) first;
        assertThat(frozen.card().status()).isEqualTo(CardStatus.FROZEN);
        assertThat(frozen.reason()).isEqualTo(FreezeReason.LOST);
        assertThat(frozen.at()).isEqualTo(NOW);
        assertThat(second).isEqualTo(new AlreadyFrozen(frozen.card()));
        assertThat(jdbc.sql("SELECT frozen_reason FROM bank_card WHERE id = :id").param("id", holder.cardId()).query(String.class).single())
                .isEqualTo("LOST");
    }

    @Test
    void publishesOneCardFrozenWithTheCardAndTheReason() {
        Holder holder = aHolderWithACard();

        cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.SUSPECTED_FRAUD);
        cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.SUSPECTED_FRAUD);

        assertThat(events.stream(CardFrozen.class)).containsExactly(
                new CardFrozen(holder.cardId(), holder.customer(), MaskedPan.ofLast4("5500"), FreezeReason.SUSPECTED_FRAUD, NOW));
        assertThat(events.stream(CardUnfrozen.class)).isEmpty();
    }

    @Test
    void unfreezesWithAPaymentsGrantAndPublishesCardUnfrozen() {
        Holder holder = aHolderWithACard();
        cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.CUSTOMER_REQUEST);

        CardChange unfrozen = cards.unfreeze(TestGrant.payments(holder.customer()), holder.cardId());
        CardChange again = cards.unfreeze(TestGrant.payments(holder.customer()), holder.cardId());

        assertThat(unfrozen).isInstanceOf(Unfrozen.class);
        assertThat(((Unfrozen) unfrozen).card().status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(again).isEqualTo(new AlreadyActive(((Unfrozen) unfrozen).card()));
        assertThat(events.stream(CardUnfrozen.class))
                .containsExactly(new CardUnfrozen(holder.cardId(), holder.customer(), MaskedPan.ofLast4("5500"), NOW));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bank_card WHERE id = :id AND frozen_at IS NULL AND frozen_reason IS NULL")
                .param("id", holder.cardId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesToUnfreezeWithAnAccountsGrant() {
        Holder holder = aHolderWithACard();
        cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.CUSTOMER_REQUEST);

        assertThatThrownBy(() -> cards.unfreeze(TestGrant.accounts(holder.customer()), holder.cardId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a grant for ACCOUNTS cannot unfreeze a card, which needs PAYMENTS");
        assertThat(storedStatus(holder.cardId())).isEqualTo("FROZEN");
    }

    @Test
    void refusesGrantsOfOtherScopes() {
        assertThatThrownBy(() -> cards.freeze(TestGrant.balances(GIULIA), "card-giulia.rossi", FreezeReason.LOST))
                .hasMessage("a grant for BALANCES cannot freeze a card, which needs ACCOUNTS");
        assertThatThrownBy(() -> cards.cardsOf(TestGrant.transactions(GIULIA)))
                .hasMessage("a grant for TRANSACTIONS cannot read ACCOUNTS data");
        assertThatThrownBy(() -> cards.perksOf(TestGrant.payments(GIULIA)))
                .hasMessage("a grant for PAYMENTS cannot read ACCOUNTS data");
        assertThat(storedStatus("card-giulia.rossi")).isEqualTo("ACTIVE");
    }

    @Test
    void anotherCustomersCardIsNotFoundAndStaysAsItIs() {
        Holder holder = aHolderWithACard();
        Holder other = aHolderWithACard();
        cards.freeze(TestGrant.accounts(other.customer()), other.cardId(), FreezeReason.STOLEN);

        assertThat(cards.freeze(TestGrant.accounts(holder.customer()), "card-giulia.rossi", FreezeReason.STOLEN))
                .isEqualTo(new NotFound("card-giulia.rossi"));
        assertThat(cards.unfreeze(TestGrant.payments(holder.customer()), other.cardId())).isEqualTo(new NotFound(other.cardId()));
        assertThat(cards.freeze(TestGrant.accounts(holder.customer()), "card-nobody", FreezeReason.LOST))
                .isEqualTo(new NotFound("card-nobody"));
        assertThat(storedStatus("card-giulia.rossi")).isEqualTo("ACTIVE");
        assertThat(storedStatus(other.cardId())).isEqualTo("FROZEN");
        assertThat(events.stream(CardFrozen.class)).extracting(CardFrozen::cardId).containsExactly(other.cardId());
        assertThat(events.stream(CardUnfrozen.class)).isEmpty();
    }

    @Test
    void aBlockedCardCanBeNeitherFrozenNorUnfrozen() {
        Holder holder = aHolderWithACard();
        jdbc.sql("UPDATE bank_card SET status = 'BLOCKED' WHERE id = :id").param("id", holder.cardId()).update();

        CardChange freeze = cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.LOST);
        CardChange unfreeze = cards.unfreeze(TestGrant.payments(holder.customer()), holder.cardId());

        assertThat(freeze).isInstanceOf(NotChangeable.class);
        assertThat(((NotChangeable) freeze).status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(unfreeze).isEqualTo(freeze);
        assertThat(storedStatus(holder.cardId())).isEqualTo("BLOCKED");
        assertThat(events.stream(CardFrozen.class)).isEmpty();
    }

    @Test
    void aCardPastItsExpiryMonthIsExpiredAndCannotBeFrozen() {
        Holder holder = aHolderWithACardValidThrough(LocalDate.of(2026, 10, 31));

        CardChange freeze = cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.LOST);

        assertThat(cards.cardsOf(TestGrant.accounts(holder.customer()))).extracting(CardView::status).containsExactly(CardStatus.EXPIRED);
        assertThat(freeze).isInstanceOf(NotChangeable.class);
        assertThat(((NotChangeable) freeze).status()).isEqualTo(CardStatus.EXPIRED);
        assertThat(storedStatus(holder.cardId())).isEqualTo("ACTIVE");
    }

    @Test
    void ofTwoConcurrentFreezesExactlyOneFreezes() throws Exception {
        Holder holder = aHolderWithACard();
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<CardChange> freeze = () -> {
            start.await(5, TimeUnit.SECONDS);
            return cards.freeze(TestGrant.accounts(holder.customer()), holder.cardId(), FreezeReason.SUSPECTED_FRAUD);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<CardChange>> outcomes = threads.invokeAll(List.of(freeze, freeze), 10, TimeUnit.SECONDS);

            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).extracting(Object::getClass)
                    .containsExactlyInAnyOrder(Frozen.class, AlreadyFrozen.class);
        } finally {
            threads.shutdownNow();
        }
    }
}
