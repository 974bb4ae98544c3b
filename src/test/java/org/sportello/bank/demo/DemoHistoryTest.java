package org.sportello.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.adapter.out.mcc.CsvMerchantCategories;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.Money;

class DemoHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final LocalDate FROM = TODAY.minusMonths(24);
    static final long SEED = 20261118L;
    static final DemoCustomer GIULIA = DemoCustomer.ALL.get(0);
    static final DemoCustomer MARCO = DemoCustomer.ALL.get(1);

    static List<TransactionDraft> history(DemoCustomer customer) {
        return DemoHistory.of(customer, FROM, TODAY, SEED);
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(history(GIULIA)).isEqualTo(history(GIULIA));
        assertThat(DemoHistory.of(GIULIA, FROM, TODAY, SEED + 1)).isNotEqualTo(history(GIULIA));
    }

    @Test
    void hasTwoItalianAndTwoEnglishSpeakers() {
        assertThat(DemoCustomer.ALL).extracting(DemoCustomer::language).map(Object::toString)
                .containsExactlyInAnyOrder("IT", "IT", "EN", "EN");
    }

    @Test
    void giuliaHasTheAccountAndCardOfTheSamplePayloads() {
        assertThat(GIULIA.displayName()).isEqualTo("Giulia Rossi");
        assertThat(GIULIA.iban().value()).isEqualTo("IT60X0542811101000000123456");
        assertThat(GIULIA.cardLast4()).isEqualTo("4821");
    }

    @Test
    void coversEveryMonthOfTheHistory() {
        for (DemoCustomer customer : DemoCustomer.ALL) {
            Set<YearMonth> months = history(customer).stream()
                    .map(draft -> YearMonth.from(draft.valueDate())).collect(Collectors.toSet());
            assertThat(months).as(customer.id()).hasSize(25); // 24 whole months plus the days of this one
            assertThat(history(customer).get(history(customer).size() - 1).valueDate()).isBefore(TODAY);
        }
    }

    @Test
    void tellsAWholeLife() {
        for (DemoCustomer customer : DemoCustomer.ALL) {
            List<TransactionDraft> history = history(customer);
            Set<String> mccs = history.stream().filter(d -> d.merchant() != null).map(d -> d.merchant().mcc()).collect(Collectors.toSet());
            assertThat(count(history, TransactionKind.SALARY)).as("salaries of " + customer.id()).isEqualTo(24 + 2);
            assertThat(count(history, TransactionKind.TRANSFER_OUT)).as("rent").isBetween(24L, 25L);
            assertThat(count(history, TransactionKind.DIRECT_DEBIT)).as("utilities").isGreaterThanOrEqualTo(48);
            assertThat(count(history, TransactionKind.CASH_WITHDRAWAL)).as("cash").isGreaterThan(10);
            assertThat(mccs).as("groceries, restaurants, coffee, travel, subscriptions")
                    .contains("5411", "5812", "5814", "7011", "4814", "4900");
            assertThat(mccs).as("train or flight tickets").containsAnyOf("4112", "4511");
            assertThat(mccs.contains("5541")).as("fuel only for drivers").isEqualTo(customer.drives());
        }
    }

    @Test
    void everyMerchantHasAKnownCategoryACityAndCoordinates() {
        CsvMerchantCategories categories = new CsvMerchantCategories();
        for (DemoCustomer customer : DemoCustomer.ALL) {
            for (TransactionDraft draft : history(customer)) {
                if (draft.merchant() == null) {
                    assertThat(draft.kind()).as(draft.bankReference())
                            .isIn(TransactionKind.SALARY, TransactionKind.TRANSFER_IN, TransactionKind.TRANSFER_OUT);
                    assertThat(draft.counterparty()).as(draft.bankReference()).isNotBlank();
                    continue;
                }
                assertThat(categories.isKnown(draft.merchant().mcc())).as(draft.merchant().mcc()).isTrue();
                assertThat(draft.merchant().city()).as(draft.merchant().name()).isNotBlank();
                assertThat(draft.merchant().location()).as(draft.merchant().name()).isNotNull();
            }
        }
    }

    @Test
    void cardTransactionsCarryTheCustomersCardAndTransfersNone() {
        for (TransactionDraft draft : history(MARCO)) {
            boolean card = draft.kind() == TransactionKind.CARD_PAYMENT || draft.kind() == TransactionKind.CASH_WITHDRAWAL;
            assertThat(draft.cardLast4()).as(draft.bankReference()).isEqualTo(card ? "1937" : null);
        }
    }

    @Test
    void referencesAreUniqueAndInTimeOrder() {
        Set<String> references = new HashSet<>();
        for (DemoCustomer customer : DemoCustomer.ALL) {
            List<TransactionDraft> history = history(customer);
            for (int i = 0; i < history.size(); i++) {
                assertThat(references.add(history.get(i).bankReference())).isTrue();
                if (i > 0) {
                    assertThat(history.get(i).bookedAt()).isAfterOrEqualTo(history.get(i - 1).bookedAt());
                }
            }
        }
    }

    /** Whatever day the demo starts on, nobody's balance dips below zero. */
    @Property(tries = 12)
    void balancesStayPositive(@ForAll @IntRange(min = 0, max = 730) int daysAfter) {
        LocalDate today = LocalDate.of(2025, 1, 1).plusDays(daysAfter);
        for (DemoCustomer customer : DemoCustomer.ALL) {
            Money balance = Money.zero(DemoBank.EUR);
            for (TransactionDraft draft : DemoHistory.of(customer, today.minusMonths(24), today, SEED)) {
                balance = balance.plus(draft.amount());
                assertThat(balance.isNegative()).as(customer.id() + " on " + draft.valueDate()).isFalse();
            }
        }
    }

    private static long count(List<TransactionDraft> history, TransactionKind kind) {
        return history.stream().filter(draft -> draft.kind() == kind).count();
    }
}
