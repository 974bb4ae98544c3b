package org.sportello.notify.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.commerce.OrderUpdated;
import org.sportello.commerce.OrderUpdated.Item;
import org.sportello.commerce.OrderUpdated.Status;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Money;

/** The receipt and shipping texts the channels without a receipt form show, in both languages. */
class OrderTextsTest {

    static final OrderTexts TEXTS = new OrderTexts(TransactionTextsTest.bundles());

    static OrderUpdated placed(List<Item> items, String subtotal, String shipping, String tax, String total) {
        return new OrderUpdated("ORD-1", 0, new CustomerId("giulia.rossi"), Status.PLACED, "Amazon", null, "Visa •••• 4821", items,
                Money.eur(subtotal), Money.eur(shipping), Money.eur(tax), Money.eur(total), null, null, null, null, null,
                Instant.parse("2026-11-18T09:20:00Z"));
    }

    static OrderUpdated update(Status status, String carrier, String trackingUrl, String refunded, String reason) {
        return new OrderUpdated("ORD-1", 1, new CustomerId("giulia.rossi"), status, "Amazon", null, "Visa •••• 4821",
                List.of(new Item("Cuffie wireless", 1, Money.eur("59.90"))), Money.eur("59.90"), Money.eur("4.90"),
                Money.eur("0.00"), Money.eur("64.80"), carrier, carrier == null ? null : "12345", trackingUrl,
                refunded == null ? null : Money.eur(refunded), reason, Instant.parse("2026-11-18T09:30:00Z"));
    }

    @Test
    void aReceiptListsItemsShippingAndTaxWhenNotZeroAndThePaymentCard() {
        OrderUpdated order = placed(List.of(new Item("Cuffie wireless", 1, Money.eur("59.90")), new Item("Cavo USB-C", 2, Money.eur("9.95"))),
                "79.80", "0.00", "17.56", "97.36");

        assertThat(TEXTS.render(order, Language.IT)).isEqualTo("🧾 Ricevuta Amazon, ordine ORD-1: Cuffie wireless ×1 59,90\u00a0€,"
                + " Cavo USB-C ×2 9,95\u00a0€; imposte 17,56\u00a0€; totale 97,36\u00a0€, pagato con Visa •••• 4821.");
        assertThat(TEXTS.render(order, Language.EN)).isEqualTo("🧾 Receipt from Amazon, order ORD-1: Cuffie wireless ×1 €59.90,"
                + " Cavo USB-C ×2 €9.95; tax €17.56; total €97.36, paid with Visa •••• 4821.");
    }

    @Test
    void aLongOrderNamesItsFirstFiveItemsAndCountsTheRest() {
        List<Item> items = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            items.add(new Item("Libro " + n, 1, Money.eur("10.00")));
        }
        List<Item> six = items.subList(0, 6);

        assertThat(TEXTS.render(placed(items, "70.00", "0.00", "0.00", "70.00"), Language.IT)).isEqualTo("🧾 Ricevuta Amazon,"
                + " ordine ORD-1: Libro 1 ×1 10,00\u00a0€, Libro 2 ×1 10,00\u00a0€, Libro 3 ×1 10,00\u00a0€, Libro 4 ×1 10,00\u00a0€,"
                + " Libro 5 ×1 10,00\u00a0€, altri 2 articoli; totale 70,00\u00a0€, pagato con Visa •••• 4821.");
        assertThat(TEXTS.render(placed(six, "60.00", "0.00", "0.00", "60.00"), Language.EN))
                .contains("Libro 5 ×1 €10.00, one more item; total €60.00");
    }

    @Test
    void shipmentsDeliveriesAndRefunds() {
        assertThat(TEXTS.render(update(Status.SHIPPED, "BRT", "https://vas.brt.it/12345", null, null), Language.EN))
                .isEqualTo("📦 Your order ORD-1 from Amazon has shipped with BRT, tracking 12345: https://vas.brt.it/12345");
        assertThat(TEXTS.render(update(Status.DELIVERED, null, null, null, null), Language.EN))
                .isEqualTo("✅ Your order ORD-1 from Amazon has been delivered.");
        assertThat(TEXTS.render(update(Status.REFUNDED, null, null, "20.00", null), Language.EN))
                .isEqualTo("↩️ Amazon refunded you €20.00 for order ORD-1, on your Visa •••• 4821.");
        assertThat(TEXTS.render(update(Status.REFUNDED, null, null, "20.00", "reso"), Language.IT))
                .isEqualTo("↩️ Amazon ti ha rimborsato 20,00\u00a0€ per l’ordine ORD-1, sulla carta Visa •••• 4821. Motivo: reso");
    }
}
