package org.sportello.commerce.adapter.out.jdbc;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.sportello.commerce.application.OrderStore;
import org.sportello.commerce.domain.CardBrand;
import org.sportello.commerce.domain.Charges;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.OrderItem;
import org.sportello.commerce.domain.OrderUpdate;
import org.sportello.commerce.domain.PaymentCard;
import org.sportello.commerce.domain.TrackedOrder;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.MaskedPan;
import org.sportello.shared.Money;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcOrderStore implements OrderStore {

    private static final String ORDER_COLUMNS = "order_id, customer_id, account_iban, card_brand, card_last4, merchant_name,"
            + " recipient_name, currency, items, subtotal_minor, shipping_minor, tax_minor, total_minor, placed_at";
    private static final String UPDATE_COLUMNS = "update_number, status, carrier, tracking_number, tracking_url, delivered_at,"
            + " refund_minor, reason, received_at";
    private static final TypeReference<List<StoredItem>> ITEMS = new TypeReference<>() {
    };

    /** An item as the items column keeps it, in minor units of the order's currency. */
    record StoredItem(String title, int quantity, long priceMinor) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcOrderStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean addIfAbsent(Order order, Instant receivedAt, String placedBy) {
        Charges charges = order.charges();
        List<StoredItem> items = order.items().stream()
                .map(item -> new StoredItem(item.title(), item.quantity(), item.price().minorUnits())).toList();
        return jdbc.sql("INSERT INTO commerce_order (" + ORDER_COLUMNS + ", received_at, placed_by) VALUES (:id, :customer, :iban, :brand,"
                        + " :last4, :merchant, :recipient, :currency, :items, :subtotal, :shipping, :tax, :total, :placed,"
                        + " :received, :placedBy) ON CONFLICT DO NOTHING")
                .param("placedBy", placedBy)
                .param("id", order.orderId())
                .param("customer", order.customer().value())
                .param("iban", order.account().value())
                .param("brand", order.card().brand().name())
                .param("last4", order.card().card().last4())
                .param("merchant", order.merchantName())
                .param("recipient", order.recipientName())
                .param("currency", order.currency().getCurrencyCode())
                .param("items", json.writeValueAsString(items))
                .param("subtotal", charges.subtotal().minorUnits())
                .param("shipping", charges.shipping().minorUnits())
                .param("tax", charges.tax().minorUnits())
                .param("total", charges.total().minorUnits())
                .param("placed", UtcTimes.utc(order.placedAt()))
                .param("received", UtcTimes.utc(receivedAt))
                .update() == 1;
    }

    @Override
    public Optional<String> placedBy(String orderId) {
        return jdbc.sql("SELECT placed_by FROM commerce_order WHERE order_id = :id").param("id", orderId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(found -> found);
    }

    @Override
    public Optional<TrackedOrder> find(String orderId) {
        return read(orderId, "");
    }

    @Override
    public Optional<TrackedOrder> lock(String orderId) {
        return read(orderId, " FOR UPDATE");
    }

    private Optional<TrackedOrder> read(String orderId, String lock) {
        Optional<Order> order = jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM commerce_order WHERE order_id = :id" + lock)
                .param("id", orderId).query(this::order).optional();
        return order.map(found -> new TrackedOrder(found, jdbc.sql("SELECT " + UPDATE_COLUMNS
                        + " FROM commerce_order_update WHERE order_id = :id ORDER BY update_number")
                .param("id", orderId).query((rs, row) -> update(rs, found.currency())).list()));
    }

    @Override
    public void addUpdate(String orderId, TrackedOrder.Recorded recorded) {
        OrderUpdate update = recorded.update();
        OrderUpdate.Shipment shipment = update instanceof OrderUpdate.Shipment parcel ? parcel : null;
        OrderUpdate.Refund refund = update instanceof OrderUpdate.Refund money ? money : null;
        jdbc.sql("INSERT INTO commerce_order_update (order_id, " + UPDATE_COLUMNS + ") VALUES (:id, :number, :status, :carrier,"
                        + " :tracking, :url, :delivered, :refund, :reason, :received)")
                .param("id", orderId)
                .param("number", recorded.number())
                .param("status", update.status().name())
                .param("carrier", shipment == null ? null : shipment.carrier())
                .param("tracking", shipment == null ? null : shipment.trackingNumber())
                .param("url", shipment == null || shipment.trackingUrl() == null ? null : shipment.trackingUrl().toString())
                .param("delivered", update instanceof OrderUpdate.Delivery delivery ? UtcTimes.utc(delivery.deliveredAt()) : null)
                .param("refund", refund == null ? null : refund.amount().minorUnits())
                .param("reason", refund == null ? null : refund.reason())
                .param("received", UtcTimes.utc(recorded.at()))
                .update();
    }

    private Order order(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        List<OrderItem> items = json.readValue(rs.getString("items"), ITEMS).stream()
                .map(item -> new OrderItem(item.title(), item.quantity(), new Money(item.priceMinor(), currency))).toList();
        Charges charges = new Charges(new Money(rs.getLong("subtotal_minor"), currency), new Money(rs.getLong("shipping_minor"), currency),
                new Money(rs.getLong("tax_minor"), currency), new Money(rs.getLong("total_minor"), currency));
        return new Order(rs.getString("order_id"), new CustomerId(rs.getString("customer_id")), Iban.parse(rs.getString("account_iban")),
                new PaymentCard(CardBrand.valueOf(rs.getString("card_brand")), MaskedPan.ofLast4(rs.getString("card_last4"))),
                rs.getString("merchant_name"), rs.getString("recipient_name"), items, charges,
                UtcTimes.instant(rs.getObject("placed_at", OffsetDateTime.class)));
    }

    private static TrackedOrder.Recorded update(ResultSet rs, Currency currency) throws SQLException {
        OrderUpdate update = switch (rs.getString("status")) {
            case "SHIPPED" -> new OrderUpdate.Shipment(rs.getString("carrier"), rs.getString("tracking_number"),
                    rs.getString("tracking_url") == null ? null : URI.create(rs.getString("tracking_url")));
            case "DELIVERED" -> new OrderUpdate.Delivery(UtcTimes.instant(rs.getObject("delivered_at", OffsetDateTime.class)));
            case "REFUNDED" -> new OrderUpdate.Refund(new Money(rs.getLong("refund_minor"), currency), rs.getString("reason"));
            default -> throw new IllegalStateException("commerce_order_update has an unknown status " + rs.getString("status"));
        };
        return new TrackedOrder.Recorded(rs.getInt("update_number"), update, UtcTimes.instant(rs.getObject("received_at", OffsetDateTime.class)));
    }
}
