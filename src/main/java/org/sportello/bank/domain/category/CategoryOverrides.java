package org.sportello.bank.domain.category;

import java.util.Optional;

/** The categories customers chose themselves for a merchant; their choice beats every rule. */
@FunctionalInterface
public interface CategoryOverrides {

    CategoryOverrides NONE = (customerId, normalisedMerchant) -> Optional.empty();

    /** The category code the customer chose for this merchant, as {@link MerchantNames#normalise} names it. */
    Optional<String> categoryFor(String customerId, String normalisedMerchant);
}
