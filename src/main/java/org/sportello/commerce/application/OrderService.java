package org.sportello.commerce.application;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.sportello.shared.ApiClient;
import org.sportello.bank.AccountDirectory;
import org.sportello.bank.AccountDirectory.AccountHolder;
import org.sportello.commerce.domain.Order;
import org.sportello.commerce.domain.OrderUpdate;
import org.sportello.commerce.domain.TrackedOrder;
import org.sportello.commerce.domain.TrackedOrder.Decision;
import org.sportello.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes merchants' orders and their updates. Each is idempotent by its content: sent again the
 * same, it changes nothing and is answered with the stored order; an accepted change publishes
 * {@link org.sportello.commerce.OrderUpdated} in the transaction that stores it.
 */
@Service
@Transactional
public class OrderService {

    private final OrderStore store;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderService(OrderStore store, AccountDirectory accounts, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** An order from inside the node (tests, tools): any merchant name, as the demo's calls. */
    public OrderResult place(PlaceOrder command) {
        return place(command, ApiClient.DEMO);
    }

    /**
     * A merchant's client places orders in its own merchant name only, and an order id another
     * client used is taken: it is refused without saying whose it is or what it holds.
     */
    public OrderResult place(PlaceOrder command, ApiClient client) {
        if (client.isOneMerchant() && !client.merchantName().equals(command.merchantName())) {
            throw OrderRefusals.otherMerchant(client, command.merchantName());
        }
        Optional<TrackedOrder> earlier = store.find(command.orderId());
        if (earlier.isPresent()) {
            requirePlacedBy(client, command.orderId(), true);
            return repeated(earlier.get(), command);
        }
        Order order = command.of(holderOf(command).customer());
        if (!store.addIfAbsent(order, clock.instant(), client.isOneMerchant() ? client.name() : null)) {
            // Placed by a concurrent request since the read above.
            requirePlacedBy(client, command.orderId(), true);
            return repeated(store.find(command.orderId()).orElseThrow(), command);
        }
        events.publishEvent(OrderEvents.placed(order));
        return new OrderResult(TrackedOrder.placed(order), true);
    }

    public OrderResult update(String orderId, OrderUpdate update) {
        return update(orderId, update, ApiClient.DEMO);
    }

    /** Only the client that placed an order updates it; to any other the order does not exist. */
    public OrderResult update(String orderId, OrderUpdate update, ApiClient client) {
        requirePlacedBy(client, orderId, false);
        TrackedOrder tracked = store.lock(orderId).orElseThrow(() -> OrderRefusals.unknownOrder(orderId));
        Decision decision = tracked.decide(update);
        if (decision instanceof Decision.Repeat) {
            return new OrderResult(tracked, false);
        }
        if (decision instanceof Decision.Conflict conflict) {
            throw OrderRefusals.conflict(conflict.detail());
        }
        if (decision instanceof Decision.Invalid invalid) {
            throw OrderRefusals.invalidUpdate(List.of(Violation.ofField(invalid.field(), invalid.detail())));
        }
        TrackedOrder.Recorded recorded = new TrackedOrder.Recorded(((Decision.Apply) decision).number(), update, clock.instant());
        store.addUpdate(orderId, recorded);
        events.publishEvent(OrderEvents.updated(tracked.order(), recorded));
        return new OrderResult(tracked.with(recorded), true);
    }

    /** The currency of a stored order, in which its refunds are; refused (404) when there is no such order. */
    @Transactional(readOnly = true)
    public Currency currencyOf(String orderId, ApiClient client) {
        requirePlacedBy(client, orderId, false);
        return store.find(orderId).orElseThrow(() -> OrderRefusals.unknownOrder(orderId)).order().currency();
    }

    /**
     * A merchant's client may touch only what it placed: another's order is "unknown" to it, or,
     * placed again under the same id, "taken". Unrestricted callers (the demo) may touch any.
     */
    private void requirePlacedBy(ApiClient client, String orderId, boolean placing) {
        if (!client.isOneMerchant()) {
            return;
        }
        if (!store.placedBy(orderId).filter(client.name()::equals).isPresent() && store.find(orderId).isPresent()) {
            throw placing ? OrderRefusals.idTaken(orderId) : OrderRefusals.unknownOrder(orderId);
        }
    }

    private AccountHolder holderOf(PlaceOrder command) {
        AccountHolder holder = accounts.holderOf(command.account()).orElseThrow(() -> OrderRefusals.invalidOrder(List.of(
                Violation.ofField("account", "no account with IBAN " + command.account().masked()
                        + " at this bank; check the IBAN"))));
        if (!holder.cardLast4s().contains(command.card().card().last4())) {
            throw OrderRefusals.invalidOrder(List.of(Violation.ofField("card", command.card().display()
                    + " is not a card of account " + command.account().masked() + "; name the card the order was paid with")));
        }
        return holder;
    }

    private static OrderResult repeated(TrackedOrder earlier, PlaceOrder command) {
        List<String> differences = earlier.order().differencesFrom(command.of(earlier.order().customer()));
        if (!differences.isEmpty()) {
            throw OrderRefusals.conflict("order " + command.orderId() + " was placed before with a different "
                    + String.join(", ", differences) + "; a new order needs a new orderId");
        }
        return new OrderResult(earlier, false);
    }
}
