package org.sportello.commerce.adapter.in.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sportello.commerce.application.OrderRefusals;
import org.sportello.commerce.application.PlaceOrder;
import org.sportello.commerce.domain.CardBrand;
import org.sportello.commerce.domain.Charges;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.OrderItem;
import org.sportello.commerce.domain.OrderUpdate;
import org.sportello.commerce.domain.PaymentCard;
import org.sportello.shared.CardNumbers;
import org.sportello.shared.Iban;
import org.sportello.shared.MaskedPan;
import org.sportello.shared.Money;
import tools.jackson.databind.JsonNode;

/**
 * Turns the order API's JSON bodies into commands, checking every field and reporting every
 * problem at once, each with its JSON pointer. Card data is only ever a brand and the last four
 * digits: a full card number is refused and never repeated back.
 */
final class OrderRequestReader {

    static final Set<String> ORDER_FIELDS = Set.of("orderId", "account", "card", "merchant", "recipientName", "currency",
            "items", "subtotal", "shipping", "tax", "total", "placedAt");
    static final Set<String> CARD_FIELDS = Set.of("brand", "last4");
    static final Set<String> MERCHANT_FIELDS = Set.of("name");
    static final Set<String> ITEM_FIELDS = Set.of("title", "quantity", "price");
    static final Set<String> SHIPMENT_FIELDS = Set.of("carrier", "trackingNumber", "trackingUrl");
    static final Set<String> DELIVERY_FIELDS = Set.of("deliveredAt");
    static final Set<String> REFUND_FIELDS = Set.of("amount", "reason");

    private static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    private final Clock clock;

    OrderRequestReader(Clock clock) {
        this.clock = clock;
    }

    PlaceOrder order(JsonNode body) {
        RequestFields fields = new RequestFields(clock);
        if (!fields.object(body, "", ORDER_FIELDS, "with orderId, account, card, merchant, currency, items and totals")) {
            throw OrderRefusals.invalidOrder(fields.violations());
        }
        String orderId = fields.text(body, "/orderId", true, Order.ID_CHARS_MAX);
        if (orderId != null && !Order.isValidId(orderId)) {
            fields.refuse("/orderId", "must be 1 to " + Order.ID_CHARS_MAX + " of the characters A-Z a-z 0-9 . _ : + -");
        }
        Iban account = account(fields, body);
        PaymentCard card = card(fields, body.get("card"));
        String merchant = merchant(fields, body.get("merchant"));
        String recipient = fields.freeText(body, "/recipientName", false, Order.NAME_CHARS_MAX);
        Currency currency = fields.currency(body, "/currency");
        List<OrderItem> items = items(fields, body.get("items"), currency);
        Charges charges = charges(fields, body, currency);
        Instant placedAt = fields.instant(body, "/placedAt");
        if (fields.hasViolations()) {
            throw OrderRefusals.invalidOrder(fields.violations());
        }
        return new PlaceOrder(orderId, account, card, merchant, recipient, items, charges, placedAt);
    }

    OrderUpdate.Shipment shipment(JsonNode body) {
        RequestFields fields = new RequestFields(clock);
        if (fields.object(body, "", SHIPMENT_FIELDS, "with carrier, trackingNumber and optional trackingUrl")) {
            String carrier = fields.text(body, "/carrier", true, OrderUpdate.Shipment.CARRIER_CHARS_MAX);
            String tracking = fields.text(body, "/trackingNumber", true, OrderUpdate.Shipment.TRACKING_NUMBER_CHARS_MAX);
            URI url = trackingUrl(fields, body);
            if (!fields.hasViolations()) {
                return new OrderUpdate.Shipment(carrier, tracking, url);
            }
        }
        throw OrderRefusals.invalidUpdate(fields.violations());
    }

    OrderUpdate.Delivery delivery(JsonNode body) {
        RequestFields fields = new RequestFields(clock);
        if (fields.object(body, "", DELIVERY_FIELDS, "with deliveredAt")) {
            Instant deliveredAt = fields.instant(body, "/deliveredAt");
            if (!fields.hasViolations()) {
                return new OrderUpdate.Delivery(deliveredAt);
            }
        }
        throw OrderRefusals.invalidUpdate(fields.violations());
    }

    /** @param currency the order's: a refund goes back in the currency that was paid */
    OrderUpdate.Refund refund(JsonNode body, Currency currency) {
        RequestFields fields = new RequestFields(clock);
        if (fields.object(body, "", REFUND_FIELDS, "with amount and optional reason")) {
            Money amount = fields.money(body, "/amount", currency, true);
            String reason = fields.freeText(body, "/reason", false, OrderUpdate.Refund.REASON_CHARS_MAX);
            if (!fields.hasViolations()) {
                return new OrderUpdate.Refund(amount, reason);
            }
        }
        throw OrderRefusals.invalidUpdate(fields.violations());
    }

    private static Iban account(RequestFields fields, JsonNode body) {
        String value = fields.text(body, "/account", true, 64);
        if (value == null) {
            return null;
        }
        try {
            return Iban.parse(value);
        } catch (IllegalArgumentException invalid) {
            fields.refuse("/account", invalid.getMessage());
            return null;
        }
    }

    private static PaymentCard card(RequestFields fields, JsonNode card) {
        if (card != null && card.isString() && CardNumbers.isCardNumber(card.stringValue().replaceAll("[ -]", ""))) {
            fields.refuse("/card", "send the card as {\"brand\", \"last4\"}; full card numbers are never accepted");
            return null;
        }
        if (!fields.object(card, "/card", CARD_FIELDS, "{\"brand\": \"VISA\", \"last4\": \"4821\"}")) {
            return null;
        }
        int before = fields.count();
        String brand = fields.text(card, "/card/brand", true, 16);
        CardBrand cardBrand = Arrays.stream(CardBrand.values()).filter(known -> known.name().equals(brand)).findFirst().orElse(null);
        if (brand != null && cardBrand == null) {
            fields.refuse("/card/brand", "must be one of " + Arrays.toString(CardBrand.values()));
        }
        String last4 = last4(fields, card.get("last4"));
        return fields.count() > before ? null : new PaymentCard(cardBrand, MaskedPan.ofLast4(last4));
    }

    /** Never echoes the value: it may be a full card number. */
    private static String last4(RequestFields fields, JsonNode value) {
        String digits = value != null && value.isString() ? value.stringValue().strip() : "";
        if (LAST4.matcher(digits).matches()) {
            return digits;
        }
        if (CardNumbers.isCardNumber(digits.replaceAll("[ -]", ""))) {
            fields.refuse("/card/last4", "send only the last 4 digits of the card; full card numbers are never accepted");
        } else {
            fields.refuse("/card/last4", "required: the last 4 digits of the card as a string, such as \"4821\"");
        }
        return null;
    }

    private static String merchant(RequestFields fields, JsonNode merchant) {
        if (!fields.object(merchant, "/merchant", MERCHANT_FIELDS, "{\"name\": \"...\"}")) {
            return null;
        }
        return fields.freeText(merchant, "/merchant/name", true, Order.NAME_CHARS_MAX);
    }

    private static List<OrderItem> items(RequestFields fields, JsonNode items, Currency currency) {
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > Order.ITEMS_MAX) {
            fields.refuse("/items", "must be an array of 1 to " + Order.ITEMS_MAX + " items {\"title\", \"quantity\", \"price\"}, got "
                    + (items != null && items.isArray() ? items.size() + " items" : "none"));
            return List.of();
        }
        List<OrderItem> read = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            JsonNode item = items.get(index);
            String pointer = "/items/" + index;
            if (!fields.object(item, pointer, ITEM_FIELDS, "{\"title\", \"quantity\", \"price\"}")) {
                continue;
            }
            int before = fields.count();
            String title = fields.freeText(item, pointer + "/title", true, OrderItem.TITLE_CHARS_MAX);
            int quantity = quantity(fields, item.get("quantity"), pointer + "/quantity");
            Money price = fields.money(item, pointer + "/price", currency, false);
            if (fields.count() == before && price != null) {
                read.add(new OrderItem(title, quantity, price));
            }
        }
        return read;
    }

    private static int quantity(RequestFields fields, JsonNode value, String pointer) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < 1 || value.intValue() > OrderItem.QUANTITY_MAX) {
            fields.refuse(pointer, "required: a whole number from 1 to " + OrderItem.QUANTITY_MAX);
            return 0;
        }
        return value.intValue();
    }

    private static Charges charges(RequestFields fields, JsonNode body, Currency currency) {
        Money subtotal = fields.money(body, "/subtotal", currency, false);
        Money shipping = fields.moneyOrZero(body, "/shipping", currency);
        Money tax = fields.moneyOrZero(body, "/tax", currency);
        Money total = fields.money(body, "/total", currency, false);
        if (subtotal == null || shipping == null || tax == null || total == null) {
            return null;
        }
        if (!Charges.addUp(subtotal, shipping, tax, total)) {
            fields.refuse("/total", "must equal subtotal + shipping + tax: " + subtotal.toDecimalString() + " + "
                    + shipping.toDecimalString() + " + " + tax.toDecimalString() + " = "
                    + subtotal.plus(shipping).plus(tax).toDecimalString() + ", got " + total.toDecimalString());
            return null;
        }
        return new Charges(subtotal, shipping, tax, total);
    }

    private static URI trackingUrl(RequestFields fields, JsonNode body) {
        String value = fields.text(body, "/trackingUrl", false, OrderUpdate.Shipment.TRACKING_URL_CHARS_MAX);
        if (value == null) {
            return null;
        }
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException invalid) {
            url = null;
        }
        if (url != null && "https".equals(url.getScheme()) && url.getHost() != null) {
            return url;
        }
        fields.refuse("/trackingUrl", "must be an https address such as \"https://carrier.example/track/12345\"");
        return null;
    }
}
