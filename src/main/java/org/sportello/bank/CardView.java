package org.sportello.bank;

import java.time.YearMonth;
import java.util.Objects;
import org.sportello.shared.MaskedPan;

/**
 * A card as the customer sees it in a chat: brand, last four digits, kind, today's status, expiry
 * month, the product it was issued as (its perks are in {@link Cards#perksOf}) and the masked IBAN
 * of the account it pays from.
 */
public record CardView(String cardId, String brand, MaskedPan pan, CardKind kind, CardStatus status, YearMonth expiry,
                       String productCode, String maskedIban) {

    public CardView {
        Objects.requireNonNull(cardId, "cardId == null");
        Objects.requireNonNull(pan, "pan == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(expiry, "expiry == null");
    }
}
