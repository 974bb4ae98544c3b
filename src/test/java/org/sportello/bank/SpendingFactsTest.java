package org.sportello.bank;

import org.sportello.testing.TestGrant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sportello.bank.SpendingFacts.Grouping;
import org.sportello.bank.SpendingFacts.Recurring;
import org.sportello.bank.SpendingFacts.Total;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Money;
import org.sportello.testing.SportelloIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spending answers over the demo bank's seeded history (clock fixed at 2026-11-18). */
@SportelloIntegrationTest
class SpendingFactsTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final CustomerId GIULIA = new CustomerId("giulia.rossi");
    static final Period OCTOBER = Period.month(2026, 10, ROME);

    @Autowired
    SpendingFacts spending;

    @Autowired
    JdbcClient jdbc;

    @Test
    void totalsByMerchantAddUpToTheSpendingOfThePeriod() {
        List<Total> byMerchant = spending.totals(TestGrant.transactions(GIULIA), OCTOBER, Grouping.MERCHANT);
        Total all = spending.total(TestGrant.transactions(GIULIA), OCTOBER, Optional.empty(), Optional.empty());

        assertThat(byMerchant).isNotEmpty();
        assertThat(byMerchant.stream().map(Total::amount).reduce(Money.eur("0"), Money::plus)).isEqualTo(all.amount());
        assertThat(byMerchant.stream().mapToLong(Total::count).sum()).isEqualTo(all.count());
        assertThat(byMerchant).isSortedAccordingTo((a, b) -> b.amount().compareTo(a.amount()));
        long expected = jdbc.sql("""
                        SELECT -SUM(t.amount_minor) FROM bank_transaction t JOIN bank_account a ON a.id = t.account_id
                        WHERE a.customer_id = 'giulia.rossi' AND t.amount_minor < 0 AND t.kind <> 'CASH_WITHDRAWAL'
                          AND t.booked_at >= TIMESTAMP WITH TIME ZONE '2026-09-30 22:00:00+00'
                          AND t.booked_at < TIMESTAMP WITH TIME ZONE '2026-10-31 23:00:00+00'""")
                .query(Long.class).single();
        assertThat(all.amount().minorUnits()).isEqualTo(expected);
    }

    @Test
    void oneMerchantInOnePeriod() {
        Total rent = spending.total(TestGrant.transactions(GIULIA), OCTOBER, Optional.empty(), Optional.of("immobiliare navigli srl"));

        assertThat(rent.amount()).isEqualTo(Money.eur("890.00"));
        assertThat(rent.count()).isEqualTo(1);
    }

    @Test
    void totalsOfACategoryAndOfItsPrimary() {
        Total groceries = spending.total(TestGrant.transactions(GIULIA), OCTOBER, Optional.of("FOOD_AND_DRINK_GROCERIES"), Optional.empty());
        Total food = spending.total(TestGrant.transactions(GIULIA), OCTOBER, Optional.of("FOOD_AND_DRINK"), Optional.empty());

        assertThat(groceries.count()).isPositive();
        assertThat(food.amount()).isGreaterThan(groceries.amount());
        assertThat(spending.totals(TestGrant.transactions(GIULIA), OCTOBER, Grouping.PRIMARY_CATEGORY)).extracting(Total::key)
                .contains("FOOD_AND_DRINK", "RENT_AND_UTILITIES", "ENTERTAINMENT").doesNotContain("INCOME", "TRANSFER_OUT");
        assertThat(spending.total(TestGrant.transactions(GIULIA), OCTOBER, Optional.empty(), Optional.of("ESSELUNGA MILANO VIALE PIAVE")).count())
                .as("a raw acquirer name finds the normalised merchant").isPositive();
    }

    @Test
    void comparesAMonthWithTheOneBefore() {
        SpendingFacts.Comparison comparison = spending.compare(TestGrant.transactions(GIULIA), OCTOBER, Optional.empty(), Optional.of("Netflix"));

        assertThat(comparison.previousPeriod()).isEqualTo(Period.month(2026, 9, ROME));
        assertThat(comparison.current().amount()).isEqualTo(Money.eur("13.99"));
        assertThat(comparison.previous().amount()).isEqualTo(Money.eur("13.99"));
        assertThat(comparison.change()).isEqualTo(Money.eur("0.00"));
    }

    @Test
    void listsTheLargestExpensesFirst() {
        List<TransactionSummary> largest = spending.largestExpenses(TestGrant.transactions(GIULIA), OCTOBER, 3);

        assertThat(largest).hasSize(3);
        assertThat(largest.get(0).merchantName()).isEqualTo("Immobiliare Navigli");
        assertThat(largest).isSortedAccordingTo((a, b) -> a.amount().compareTo(b.amount()));
    }

    @Test
    void findsWhatComesBackEveryMonthAndNotTheWeeklyShopping() {
        List<Recurring> recurring = spending.recurring(TestGrant.transactions(GIULIA), LocalDate.of(2026, 11, 18));

        // Groceries every week and bills every other month are not monthly; merchants come normalised.
        assertThat(recurring).extracting(Recurring::name).containsExactlyInAnyOrder("Netflix", "Spotify", "Iliad", "Virgin Active",
                "Immobiliare Navigli", "Fastweb", "ATM Milano", "Studio Architetti Ferri");
        Recurring netflix = recurring.stream().filter(r -> r.name().equals("Netflix")).findFirst().orElseThrow();
        assertThat(netflix.typical()).isEqualTo(Money.eur("-13.99"));
        assertThat(netflix.dayOfMonth()).isEqualTo(5);
        assertThat(netflix.nextExpected()).isEqualTo(LocalDate.of(2026, 12, 5));
        Recurring salary = recurring.stream().filter(Recurring::isIncome).findFirst().orElseThrow();
        assertThat(salary.typical()).isEqualTo(Money.eur("2380.00"));
    }
}
