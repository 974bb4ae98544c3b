package org.sportello.notify.application;

import org.sportello.bank.TransactionBooked;
import org.sportello.shared.Language;
import org.sportello.shared.MaskedPan;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a booked transaction as a short notification in the customer's language. */
@Component
class TransactionTexts {

    private final MessageSource messages;

    TransactionTexts(MessageSource messages) {
        this.messages = messages;
    }

    String render(TransactionBooked booked, Language language) {
        String amount = booked.amount().abs().format(language);
        String balance = booked.balanceAfter().format(language);
        String card = booked.cardLast4() == null ? "" : MaskedPan.ofLast4(booked.cardLast4()).display();
        String party = booked.merchantName() == null ? "" : booked.merchantName();
        return messages.getMessage(key(booked), new Object[] {amount, party, card, balance, booked.maskedIban()},
                language.locale());
    }

    /** The balance went below the customer's threshold. */
    String lowBalance(TransactionBooked booked, long thresholdMinor, Language language) {
        return messages.getMessage("notify.low-balance", new Object[] {booked.maskedIban(), booked.balanceAfter().format(language),
                new org.sportello.shared.Money(thresholdMinor, booked.balanceAfter().currency()).format(language)}, language.locale());
    }

    /**
     * One text per kind of movement; a kind without a text of its own, or whose text needs a name
     * the bank did not send, falls back to the plain debit or credit text.
     */
    static String key(TransactionBooked booked) {
        boolean named = booked.merchantName() != null;
        String fallback = (booked.amount().isNegative() ? "notify.transaction.debit" : "notify.transaction.credit")
                + (named ? "" : ".unnamed");
        return switch (booked.kind()) {
            case CARD_PAYMENT -> named ? "notify.transaction.card-payment" : "notify.transaction.card-payment.unnamed";
            case CARD_REFUND -> named ? "notify.transaction.card-refund" : fallback;
            case CASH_WITHDRAWAL -> "notify.transaction.cash-withdrawal";
            case SALARY -> named ? "notify.transaction.salary" : fallback;
            default -> fallback;
        };
    }
}
