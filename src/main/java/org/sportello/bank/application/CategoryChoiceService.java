package org.sportello.bank.application;

import java.time.Clock;
import org.sportello.bank.CategoryChoices;
import org.sportello.bank.Grant;
import org.sportello.bank.domain.category.Category;
import org.sportello.bank.domain.category.MerchantNames;
import org.sportello.bank.domain.category.Taxonomy;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CategoryChoiceService implements CategoryChoices {

    private final Taxonomy taxonomy;
    private final MerchantNames merchantNames;
    private final OverrideStore overrides;
    private final Clock clock;

    CategoryChoiceService(Taxonomy taxonomy, MerchantNames merchantNames, OverrideStore overrides, Clock clock) {
        this.taxonomy = taxonomy;
        this.merchantNames = merchantNames;
        this.overrides = overrides;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int choose(Grant transactions, String merchant, String categoryCode) {
        CustomerId customer = Grants.require(transactions, Scope.TRANSACTIONS);
        Category category = taxonomy.find(categoryCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown category " + categoryCode));
        String normalised = merchantNames.normalise(merchant);
        overrides.save(customer, normalised, category.code(), clock.instant());
        return overrides.recategorise(customer, normalised, category.code(), category.primaryCode());
    }
}
