package org.sportello.bank.adapter.out.cards;

import org.sportello.bank.domain.card.CardCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The card product catalogue, read once from bank/card-products.csv at start-up. */
@Configuration(proxyBeanMethods = false)
class CardCatalogueConfiguration {

    @Bean
    CardCatalogue cardCatalogue() {
        return CardProductResources.catalogue();
    }
}
