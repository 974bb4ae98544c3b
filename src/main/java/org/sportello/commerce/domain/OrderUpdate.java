package org.sportello.commerce.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.sportello.shared.Money;

/** What happened to an order after it was placed, as the merchant reports it. */
public sealed interface OrderUpdate {

    OrderStatus status();

    /**
     * The parcel left with a carrier. An order may ship in several parcels, one tracking number each.
     *
     * @param trackingUrl where the customer follows the parcel (https), null when not given
     */
    record Shipment(String carrier, String trackingNumber, URI trackingUrl) implements OrderUpdate {

        public static final int CARRIER_CHARS_MAX = 64;
        public static final int TRACKING_NUMBER_CHARS_MAX = 64;
        public static final int TRACKING_URL_CHARS_MAX = 500;

        public Shipment {
            Objects.requireNonNull(carrier, "carrier == null");
            Objects.requireNonNull(trackingNumber, "trackingNumber == null");
            if (trackingUrl != null && !"https".equals(trackingUrl.getScheme())) {
                throw new IllegalArgumentException("tracking URL must be https");
            }
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.SHIPPED;
        }
    }

    /** The order reached the customer. */
    record Delivery(Instant deliveredAt) implements OrderUpdate {

        public Delivery {
            Objects.requireNonNull(deliveredAt, "deliveredAt == null");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.DELIVERED;
        }
    }

    /** Money given back to the card, in the order's currency. */
    record Refund(Money amount, String reason) implements OrderUpdate {

        public static final int REASON_CHARS_MAX = 200;

        public Refund {
            Objects.requireNonNull(amount, "amount == null");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a refund must be more than zero, got " + amount);
            }
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.REFUNDED;
        }
    }
}
