package org.sportello.notify.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionKind;
import org.sportello.bank.TransactionStatus;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Money;
import org.springframework.context.support.ResourceBundleMessageSource;

class TransactionTextsTest {

    static final TransactionTexts TEXTS = new TransactionTexts(bundles());

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static TransactionBooked booked(TransactionKind kind, String amount, String party, String card) {
        return new TransactionBooked("tx-1", "REF-1", new CustomerId("giulia.rossi"), "acc-1", "IT60 •••• 3456", kind,
                TransactionStatus.BOOKED, Money.eur(amount), Instant.parse("2026-11-18T09:14:31Z"), party, "5411", "Milano", card,
                null, null, null, Money.eur("1234.56"), null);
    }

    @Test
    void cardPaymentShowsMerchantAmountMaskedCardAndBalance() {
        TransactionBooked payment = booked(TransactionKind.CARD_PAYMENT, "-42.50", "Esselunga", "4821");

        assertThat(TEXTS.render(payment, Language.IT))
                .isEqualTo("💳 Hai pagato 42,50\u00a0€ presso Esselunga con la carta •••• 4821. Saldo disponibile: 1.234,56\u00a0€.");
        assertThat(TEXTS.render(payment, Language.EN))
                .isEqualTo("💳 You paid €42.50 at Esselunga with card •••• 4821. Available balance: €1,234.56.");
    }

    @Test
    void salaryAndTransfersNameTheCounterpartyAndTheMaskedAccount() {
        assertThat(TEXTS.render(booked(TransactionKind.SALARY, "2380.00", "Studio Ferri", null), Language.IT))
                .isEqualTo("💶 È arrivato lo stipendio: 2.380,00\u00a0€ da Studio Ferri. Saldo disponibile: 1.234,56\u00a0€.");
        assertThat(TEXTS.render(booked(TransactionKind.TRANSFER_OUT, "-890.00", "Immobiliare Navigli", null), Language.EN))
                .isEqualTo("➖ €890.00 paid to Immobiliare Navigli from account IT60 •••• 3456. Available balance: €1,234.56.");
        assertThat(TEXTS.render(booked(TransactionKind.TRANSFER_IN, "50.00", null, null), Language.EN))
                .isEqualTo("💶 €50.00 received on account IT60 •••• 3456. Available balance: €1,234.56.");
    }

    @Test
    void everyKindHasATextInBothLanguages() {
        for (TransactionKind kind : TransactionKind.values()) {
            String amount = kind.allows(true) ? "-1.00" : "1.00";
            for (Language language : Language.values()) {
                assertThat(TEXTS.render(booked(kind, amount, "Someone", "4821"), language)).as(kind + " " + language)
                        .contains(language == Language.IT ? "1,00" : "1.00").doesNotContain("{");
                assertThat(TEXTS.render(booked(kind, amount, null, "4821"), language)).as(kind + " unnamed " + language)
                        .doesNotContain("{").doesNotContain("null").doesNotContain("  ").doesNotContain(" .");
            }
        }
    }
}
