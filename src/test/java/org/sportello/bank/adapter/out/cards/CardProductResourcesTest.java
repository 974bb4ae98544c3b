package org.sportello.bank.adapter.out.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sportello.bank.CardKind;
import org.sportello.bank.adapter.out.categories.CsvResource;
import org.sportello.bank.domain.card.CardCatalogue;
import org.sportello.bank.domain.card.CardProduct;

/** The shipped card catalogue loads, and a mistake in it is reported with the file, the line and the fix. */
class CardProductResourcesTest {

    static final String CATALOGUE = "bank/card-products.csv";
    static final String HEADER = "# the products\nproduct,brand,kind,perks\n";

    @Test
    void loadsTheShippedCatalogue() {
        CardCatalogue catalogue = CardProductResources.catalogue();

        assertThat(catalogue.products()).extracting(CardProduct::code)
                .containsExactly("classic-visa", "classic-mastercard", "go-prepaid", "gold-visa", "world-mastercard");
        assertThat(catalogue.product("go-prepaid")).hasValue(new CardProduct("go-prepaid", "MASTERCARD", CardKind.PREPAID,
                List.of("no-fx-fee", "contactless", "apple-google-pay", "3d-secure")));
        assertThat(catalogue.perkCodes()).containsExactlyInAnyOrder("free-atm-eu", "contactless", "apple-google-pay", "3d-secure",
                "no-fx-fee", "cashback-1pct", "travel-insurance", "purchase-protection", "extended-warranty", "lounge-access");
        assertThat(catalogue.perksOf("retired-product")).isEmpty();
    }

    /** Rows after the header (which is on line 2), and what the error must say. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("gold-visa,VISA,charge,cashback-1pct\n",
                        "line 3: kind must be debit, credit or prepaid, got 'charge'"),
                arguments("classic-visa,VISA,debit,contactless\ngold-visa,VISA,credit,\n",
                        "line 4: perks is empty: list the perk codes of 'gold-visa', separated by |"),
                arguments("gold-visa,VISA,credit, | \n",
                        "line 3: product 'gold-visa' has no perks"),
                arguments("gold-visa,VISA,credit,cashback-1pct\n# again\ngold-visa,VISA,credit,contactless\n",
                        "line 5: product 'gold-visa' is already on line 3: keep one row per product"),
                arguments("gold-visa,VISA,credit,cashback-1pct|Lounge Access\n",
                        "line 3: perk code 'Lounge Access' must be lowercase letters and digits joined by -"),
                arguments("Gold Visa,VISA,credit,cashback-1pct\n",
                        "line 3: product code 'Gold Visa' must be lowercase letters and digits joined by -"),
                arguments("gold-visa,VISA,credit,contactless|cashback-1pct|contactless\n",
                        "line 3: perk 'contactless' is listed twice"),
                arguments(",VISA,credit,contactless\n",
                        "line 3: product is empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void namesTheFileTheLineAndWhatToFix(String rows, String error) {
        assertThatThrownBy(() -> CardProductResources.catalogue(
                CsvResource.parse(CATALOGUE, HEADER + rows, "product", "brand", "kind", "perks")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(CATALOGUE + " " + error);
    }

    @Test
    void refusesAMissingColumn() {
        assertThatThrownBy(() -> CsvResource.parse(CATALOGUE, "product,brand,perks\ngold-visa,VISA,contactless\n",
                "product", "brand", "kind", "perks"))
                .hasMessage("bank/card-products.csv: column 'kind' is missing from the header [product, brand, perks]");
    }
}
