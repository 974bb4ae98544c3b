package org.sportello.assistant.adapter.out.categories;

import org.sportello.assistant.domain.entities.CategoryMatcher;
import org.sportello.assistant.domain.entities.EntityExtractor;
import org.sportello.assistant.domain.entities.PlaceMatcher;
import org.sportello.atm.Gazetteer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entity extractor, with the category synonyms of the bank's taxonomy and the places of the gazetteer. */
@Configuration(proxyBeanMethods = false)
class EntityExtraction {

    @Bean
    EntityExtractor entityExtractor(Gazetteer gazetteer) {
        PlaceMatcher places = PlaceMatcher.of(gazetteer.places());
        return new EntityExtractor(new CategoryMatcher(CsvCategorySynonyms.fromClasspath()), places);
    }
}
