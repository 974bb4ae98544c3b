package org.sportello.bank.adapter.out.categories;

import org.sportello.bank.domain.category.Categoriser;
import org.sportello.bank.domain.category.MerchantNames;
import org.sportello.bank.domain.category.Taxonomy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The taxonomy and the categoriser, read once from bank/categories at start-up. */
@Configuration(proxyBeanMethods = false)
class CategoryConfiguration {

    @Bean
    Taxonomy taxonomy() {
        return CategoryResources.taxonomy();
    }

    @Bean
    MerchantNames merchantNames(Taxonomy taxonomy) {
        return CategoryResources.merchantNames(taxonomy);
    }

    @Bean
    Categoriser categoriser(Taxonomy taxonomy) {
        return CategoryResources.categoriser(taxonomy);
    }
}
