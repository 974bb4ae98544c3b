package org.sportello.assistant.adapter.out.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sportello.assistant.domain.entities.CategoryMatcher;
import org.sportello.assistant.domain.entities.CategorySynonyms;
import org.sportello.shared.Language;

class CsvCategorySynonymsTest {

    @Test
    void readsEveryCategoryOfTheTaxonomyWithItsSynonyms() {
        List<CategorySynonyms> categories = CsvCategorySynonyms.fromClasspath();

        assertThat(categories).hasSize(16 + 104);
        assertThat(categories).filteredOn(category -> category.code().equals("FOOD_AND_DRINK_GROCERIES")).singleElement()
                .satisfies(groceries -> {
                    assertThat(groceries.in(Language.IT)).contains("supermercato", "spesa", "fare la spesa");
                    assertThat(groceries.in(Language.EN)).contains("groceries", "supermarket");
                });
    }

    @Test
    void theTaxonomyNamesNoCategoryTwiceWithOneSynonym() {
        assertThat(new CategoryMatcher(CsvCategorySynonyms.fromClasspath())).isNotNull();
    }

    @Test
    void readsCommentsQuotesAndEmptyCells() {
        String csv = """
                # comment
                code,primary,synonyms_it,synonyms_en
                TRAVEL,TRAVEL,viaggi | vacanze,"travel|trips"
                TRAVEL_FLIGHTS,TRAVEL,,flights
                """;

        assertThat(CsvCategorySynonyms.parse("test.csv", csv)).containsExactly(
                new CategorySynonyms("TRAVEL", List.of("viaggi", "vacanze"), List.of("travel", "trips")),
                new CategorySynonyms("TRAVEL_FLIGHTS", List.of(), List.of("flights")));
    }

    @Test
    void namesTheSourceAndRecordOfABadRow() {
        String csv = "code,primary,synonyms_it,synonyms_en\nTRAVEL,TRAVEL,viaggi,travel\nflights,TRAVEL,voli,flights\n";

        assertThatThrownBy(() -> CsvCategorySynonyms.parse("test.csv", csv))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.csv record 2: category code must be upper-case letters, digits and _, got 'flights'");
    }

    @Test
    void refusesAHeaderWithoutTheSynonyms() {
        assertThatThrownBy(() -> CsvCategorySynonyms.parse("test.csv", "code,primary\nTRAVEL,TRAVEL\n"))
                .hasMessage("test.csv: the header [code, primary] lacks one of [code, synonyms_it, synonyms_en]");
    }
}
