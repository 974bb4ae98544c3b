package org.sportello.commerce.adapter.in.web;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Currency;
import org.sportello.commerce.application.OrderResult;
import org.sportello.commerce.application.OrderService;
import org.sportello.commerce.domain.OrderUpdate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.sportello.shared.ApiClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/orders}: merchants report orders paid with a customer's card, then their
 * shipment, delivery and refunds. Every call is idempotent by its content: a first time answers
 * 201 (an order) or 200 (an update), the same again 200 with the stored order and no new message.
 */
@RestController
class OrderController {

    static final String PATH = "/api/v1/orders";

    private final OrderService orders;
    private final OrderRequestReader requests;
    private final ObjectReader json;

    OrderController(OrderService orders, Clock clock, JsonMapper mapper) {
        this.orders = orders;
        this.requests = new OrderRequestReader(clock);
        // Amounts as exact decimals; a repeated field or trailing garbage is an error, not a guess.
        this.json = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrderView> place(@AuthenticationPrincipal ApiClient client, InputStream body) {
        OrderResult result = orders.place(requests.order(read(body)), client);
        OrderView view = OrderView.of(result.order());
        return result.changed()
                ? ResponseEntity.created(URI.create(PATH + "/" + view.orderId())).body(view)
                : ResponseEntity.ok(view);
    }

    @PostMapping(path = PATH + "/{orderId}/shipment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    OrderView ship(@AuthenticationPrincipal ApiClient client, @PathVariable String orderId, InputStream body) {
        requireKnown(orderId, client);
        return update(orderId, requests.shipment(read(body)), client);
    }

    @PostMapping(path = PATH + "/{orderId}/delivery", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    OrderView deliver(@AuthenticationPrincipal ApiClient client, @PathVariable String orderId, InputStream body) {
        requireKnown(orderId, client);
        return update(orderId, requests.delivery(read(body)), client);
    }

    @PostMapping(path = PATH + "/{orderId}/refund", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    OrderView refund(@AuthenticationPrincipal ApiClient client, @PathVariable String orderId, InputStream body) {
        Currency currency = requireKnown(orderId, client);
        return update(orderId, requests.refund(read(body), currency), client);
    }

    private OrderView update(String orderId, OrderUpdate update, ApiClient client) {
        return OrderView.of(orders.update(orderId, update, client).order());
    }

    /** An unknown order is 404 whatever the body says. */
    private Currency requireKnown(String orderId, ApiClient client) {
        return orders.currencyOf(orderId, client);
    }

    private JsonNode read(InputStream body) {
        return json.readTree(body);
    }
}
