package org.sportello.bank.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sportello.bank.domain.AccountHolding;
import org.sportello.shared.Iban;
import org.springframework.stereotype.Component;

/**
 * Accounts and their cards as booking needs them, kept for a short while: a batch of a thousand
 * card payments touches hundreds of accounts, and reading them every time was a tenth of the
 * booking cost. Only found accounts are kept, and a batch refused for an account, card or
 * currency is planned again on fresh reads, so a new account or card is never refused because
 * of this cache.
 */
@Component
class HoldingsCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    static final long ENTRIES_MAX = 200_000;

    private final AccountStore accounts;
    private final Cache<Iban, AccountHolding> cache = Caffeine.newBuilder()
            .maximumSize(ENTRIES_MAX).expireAfterWrite(TIME_TO_LIVE).build();

    HoldingsCache(AccountStore accounts) {
        this.accounts = accounts;
    }

    Map<Iban, AccountHolding> get(Collection<Iban> ibans) {
        Map<Iban, AccountHolding> found = new HashMap<>(cache.getAllPresent(ibans));
        List<Iban> missing = new ArrayList<>();
        for (Iban iban : ibans) {
            if (!found.containsKey(iban)) {
                missing.add(iban);
            }
        }
        if (!missing.isEmpty()) {
            Map<Iban, AccountHolding> read = accounts.holdingsByIban(missing);
            cache.putAll(read);
            found.putAll(read);
        }
        return found;
    }

    /** Reads from the database, for when a cached view may be what refused a batch. */
    Map<Iban, AccountHolding> reload(Collection<Iban> ibans) {
        Map<Iban, AccountHolding> read = accounts.holdingsByIban(ibans);
        cache.invalidateAll(ibans);
        cache.putAll(read);
        return read;
    }
}
