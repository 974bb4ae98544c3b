package org.sportello.notify.application;

import org.sportello.bank.TransactionBooked;
import org.sportello.bank.TransactionKind;
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

    /** One text per kind of movement; a kind without a name of its own falls back to debit or credit. */
    static String key(TransactionBooked booked) {
        TransactionKind kind = booked.kind();
        boolean named = booked.merchantName() != null;
        return switch (kind) {
            case CARD_PAYMENT -> named ? "notify.transaction.card-payment" : "notify.transaction.card-payment.unnamed";
            case CARD_REFUND -> "notify.transaction.card-refund";
            case CASH_WITHDRAWAL -> "notify.transaction.cash-withdrawal";
            case SALARY -> "notify.transaction.salary";
            default -> (booked.amount().isNegative() ? "notify.transaction.debit" : "notify.transaction.credit")
                    + (named ? "" : ".unnamed");
        };
    }
}
