package org.sportello.assistant.adapter.out.categories;

import org.sportello.assistant.domain.entities.CategoryMatcher;
import org.sportello.assistant.domain.entities.EntityExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entity extractor, with the category synonyms of the bank's taxonomy. */
@Configuration(proxyBeanMethods = false)
class EntityExtraction {

    @Bean
    EntityExtractor entityExtractor() {
        return new EntityExtractor(new CategoryMatcher(CsvCategorySynonyms.fromClasspath()));
    }
}
