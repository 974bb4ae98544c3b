package org.sportello.commerce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.commerce.domain.OrderUpdate.Delivery;
import org.sportello.commerce.domain.OrderUpdate.Refund;
import org.sportello.commerce.domain.OrderUpdate.Shipment;
import org.sportello.commerce.domain.TrackedOrder.Decision;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.MaskedPan;
import org.sportello.shared.Money;

/** Whether an update is new, the same again, or a contradiction: plain Java, no Spring. */
class TrackedOrderTest {

    static final Instant PLACED_AT = Instant.parse("2026-11-18T09:20:00Z");
    static final Order ORDER = new Order("ORD-1", new CustomerId("giulia.rossi"), Iban.parse("IT60X0542811101000000123456"),
            new PaymentCard(CardBrand.VISA, MaskedPan.ofLast4("4821")), "Amazon", null,
            List.of(new OrderItem("Cuffie wireless", 1, Money.eur("59.90"))),
            new Charges(Money.eur("59.90"), Money.eur("4.90"), Money.eur("0.00"), Money.eur("64.80")), PLACED_AT);
    static final Shipment BRT = new Shipment("BRT", "12345", URI.create("https://vas.brt.it/12345"));

    static TrackedOrder after(OrderUpdate... updates) {
        TrackedOrder tracked = TrackedOrder.placed(ORDER);
        for (OrderUpdate update : updates) {
            tracked = tracked.with(new TrackedOrder.Recorded(((Decision.Apply) tracked.decide(update)).number(), update, PLACED_AT));
        }
        return tracked;
    }

    @Test
    void theSameUpdateAgainIsARepeatAndAnotherParcelIsNew() {
        TrackedOrder shipped = after(BRT);

        assertThat(shipped.decide(BRT)).isEqualTo(new Decision.Repeat(shipped.updates().get(0)));
        assertThat(shipped.decide(new Shipment("BRT", "67890", null))).isEqualTo(new Decision.Apply(2));
        assertThat(shipped.decide(new Shipment("GLS", "12345", null)))
                .isEqualTo(new Decision.Conflict("order ORD-1 shipped tracking number 12345 before with a different carrier or trackingUrl"));
    }

    @Test
    void anOrderIsDeliveredOnceAndNotBeforeItWasPlaced() {
        Delivery delivered = new Delivery(PLACED_AT.plusSeconds(3_600));

        assertThat(after(delivered).decide(new Delivery(PLACED_AT.plusSeconds(7_200)))).isEqualTo(new Decision.Conflict(
                "order ORD-1 was delivered at 2026-11-18T10:20:00Z, not at 2026-11-18T11:20:00Z"));
        assertThat(after().decide(new Delivery(PLACED_AT.minusSeconds(1))))
                .isEqualTo(new Decision.Invalid("deliveredAt", "is before the order was placed (2026-11-18T09:20:00Z)"));
    }

    @Test
    void refundsAddUpToTheTotalAtMost() {
        TrackedOrder partly = after(new Refund(Money.eur("60.00"), null));

        assertThat(partly.refunded()).isEqualTo(Money.eur("60.00"));
        assertThat(partly.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(partly.decide(new Refund(Money.eur("4.80"), "spedizione"))).isEqualTo(new Decision.Apply(2));
        assertThat(partly.decide(new Refund(Money.eur("4.81"), null))).isEqualTo(new Decision.Invalid("amount",
                "must be at most 4.80 EUR: the total 64.80 minus 60.00 refunded before"));
    }

    @Test
    void twoOrdersDifferByTheApiNamesOfTheirFields() {
        Order other = new Order("ORD-1", ORDER.customer(), ORDER.account(), ORDER.card(), "Amazon", "Giulia Rossi", ORDER.items(),
                new Charges(Money.eur("59.90"), Money.eur("0.00"), Money.eur("0.00"), Money.eur("59.90")), PLACED_AT);

        assertThat(ORDER.differencesFrom(other)).containsExactly("recipientName", "shipping", "total");
        assertThat(ORDER.differencesFrom(ORDER)).isEmpty();
    }
}
