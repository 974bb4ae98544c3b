package org.sportello.commerce.application;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
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

    public OrderResult place(PlaceOrder command) {
        Optional<TrackedOrder> earlier = store.find(command.orderId());
        if (earlier.isPresent()) {
            return repeated(earlier.get(), command);
        }
        Order order = command.of(holderOf(command).customer());
        if (!store.addIfAbsent(order, clock.instant())) {
            // Placed by a concurrent request since the read above.
            return repeated(store.find(command.orderId()).orElseThrow(), command);
        }
        events.publishEvent(OrderEvents.placed(order));
        return new OrderResult(TrackedOrder.placed(order), true);
    }

    public OrderResult update(String orderId, OrderUpdate update) {
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
    public Currency currencyOf(String orderId) {
        return store.find(orderId).orElseThrow(() -> OrderRefusals.unknownOrder(orderId)).order().currency();
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
