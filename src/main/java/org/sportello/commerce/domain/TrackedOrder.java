package org.sportello.commerce.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sportello.shared.Money;

/**
 * An order and what happened to it since, in the order it was reported. Decides whether a new
 * update is one more fact, the same fact sent again, or a contradiction of an earlier one.
 */
public record TrackedOrder(Order order, List<Recorded> updates) {

    /** A merchant reports a handful of events per order; more is a loop in its system. */
    public static final int UPDATES_MAX = 50;

    /**
     * @param number 1 for the first update of the order, 2 for the next...
     * @param at     when Sportello accepted it
     */
    public record Recorded(int number, OrderUpdate update, Instant at) {

        public Recorded {
            Objects.requireNonNull(update, "update == null");
            Objects.requireNonNull(at, "at == null");
            if (number < 1) {
                throw new IllegalArgumentException("update numbers start at 1, got " + number);
            }
        }
    }

    /** What to do with an update. */
    public sealed interface Decision {

        /** New: record it with this number. */
        record Apply(int number) implements Decision {
        }

        /** Sent before, the same: nothing to do. */
        record Repeat(Recorded earlier) implements Decision {
        }

        /** Contradicts what was reported before. */
        record Conflict(String detail) implements Decision {
        }

        /** Cannot be true of this order; {@code field} is the update's field at fault. */
        record Invalid(String field, String detail) implements Decision {
        }
    }

    public TrackedOrder {
        Objects.requireNonNull(order, "order == null");
        updates = List.copyOf(updates);
    }

    public static TrackedOrder placed(Order order) {
        return new TrackedOrder(order, List.of());
    }

    /** This order with {@code recorded} added after its other updates. */
    public TrackedOrder with(Recorded recorded) {
        List<Recorded> more = new java.util.ArrayList<>(updates);
        more.add(recorded);
        return new TrackedOrder(order, more);
    }

    public OrderStatus status() {
        return updates.isEmpty() ? OrderStatus.PLACED : updates.get(updates.size() - 1).update().status();
    }

    /** What was refunded so far, in the order's currency. */
    public Money refunded() {
        Money refunded = Money.zero(order.currency());
        for (Recorded recorded : updates) {
            if (recorded.update() instanceof OrderUpdate.Refund refund) {
                refunded = refunded.plus(refund.amount());
            }
        }
        return refunded;
    }

    public Decision decide(OrderUpdate update) {
        Optional<Recorded> same = updates.stream().filter(recorded -> recorded.update().equals(update)).findFirst();
        if (same.isPresent()) {
            return new Decision.Repeat(same.get());
        }
        if (updates.size() >= UPDATES_MAX) {
            return new Decision.Conflict("order " + order.orderId() + " has " + UPDATES_MAX + " updates, the most one order takes");
        }
        Decision refusal;
        if (update instanceof OrderUpdate.Shipment shipment) {
            refusal = checkShipment(shipment);
        } else if (update instanceof OrderUpdate.Delivery delivery) {
            refusal = checkDelivery(delivery);
        } else {
            refusal = checkRefund((OrderUpdate.Refund) update);
        }
        return refusal != null ? refusal : new Decision.Apply(updates.size() + 1);
    }

    /** One parcel per tracking number: the same number with another carrier or link contradicts it. */
    private Decision checkShipment(OrderUpdate.Shipment shipment) {
        return updates.stream().map(Recorded::update)
                .filter(earlier -> earlier instanceof OrderUpdate.Shipment parcel && parcel.trackingNumber().equals(shipment.trackingNumber()))
                .findFirst()
                .<Decision>map(earlier -> new Decision.Conflict("order " + order.orderId() + " shipped tracking number "
                        + shipment.trackingNumber() + " before with a different carrier or trackingUrl"))
                .orElse(null);
    }

    private Decision checkDelivery(OrderUpdate.Delivery delivery) {
        Optional<OrderUpdate.Delivery> earlier = updates.stream().map(Recorded::update)
                .filter(OrderUpdate.Delivery.class::isInstance).map(OrderUpdate.Delivery.class::cast).findFirst();
        if (earlier.isPresent()) {
            return new Decision.Conflict("order " + order.orderId() + " was delivered at " + earlier.get().deliveredAt()
                    + ", not at " + delivery.deliveredAt());
        }
        if (delivery.deliveredAt().isBefore(order.placedAt())) {
            return new Decision.Invalid("deliveredAt", "is before the order was placed (" + order.placedAt() + ")");
        }
        return null;
    }

    private Decision checkRefund(OrderUpdate.Refund refund) {
        if (!refund.amount().currency().equals(order.currency())) {
            return new Decision.Invalid("amount", "must be in the order's currency " + order.currency());
        }
        Money refunded = refunded();
        Money refundable = order.charges().total().minus(refunded);
        if (refund.amount().compareTo(refundable) > 0) {
            return new Decision.Invalid("amount", "must be at most " + refundable.toDecimalString() + " " + order.currency()
                    + ": the total " + order.charges().total().toDecimalString() + " minus " + refunded.toDecimalString()
                    + " refunded before");
        }
        return null;
    }
}
