package org.sportello.bank.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.bank.domain.category.CategoryAssignment;
import org.sportello.bank.domain.category.CategoryInput;
import org.sportello.bank.domain.category.CategoryOverrides;
import org.sportello.bank.domain.category.Categoriser;
import org.sportello.shared.CustomerId;
import org.springframework.stereotype.Component;

/** Categorises drafts on the booking path: one read of the batch's customers' overrides, then rules in memory. */
@Component
public class Categorisation {

    private final Categoriser categoriser;
    private final OverrideStore overrides;

    Categorisation(Categoriser categoriser, OverrideStore overrides) {
        this.categoriser = categoriser;
        this.overrides = overrides;
    }

    /** The overrides of these customers, to categorise a batch of their transactions. */
    public CategoryOverrides overridesFor(Collection<CustomerId> customers) {
        Map<CustomerId, Map<String, String>> chosen = overrides.overridesOf(customers);
        if (chosen.isEmpty()) {
            return CategoryOverrides.NONE;
        }
        return (customer, merchant) -> Optional.ofNullable(chosen.getOrDefault(new CustomerId(customer), Map.of()).get(merchant));
    }

    public CategoryAssignment categorise(TransactionDraft draft, CustomerId customer, CategoryOverrides chosen) {
        return categoriser.categorise(new CategoryInput(draft.merchant() == null ? null : draft.merchant().name(),
                draft.merchant() == null ? null : draft.merchant().mcc(), draft.counterparty(), draft.description(),
                draft.isDebit(), draft.kind().name(), customer.value()), chosen);
    }
}
