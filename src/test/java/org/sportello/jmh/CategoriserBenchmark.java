package org.sportello.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.bank.adapter.out.categories.CategoryResources;
import org.sportello.bank.domain.category.Categoriser;
import org.sportello.bank.domain.category.CategoryAssignment;
import org.sportello.bank.domain.category.CategoryAssignment.Source;
import org.sportello.bank.domain.category.CategoryInput;
import org.sportello.bank.domain.category.CategoryOverrides;

/**
 * Categorising a booked transaction on the real taxonomy, brand dictionary, MCC table and keywords,
 * as every booking does. The customer has no choices of their own (the common case: the booking
 * then passes {@link CategoryOverrides#NONE}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CategoriserBenchmark {

    private static final String CUSTOMER = "c-giulia";

    private Categoriser categoriser;
    private CategoryInput cardPaymentAtKnownBrand;
    private CategoryInput cardPaymentByMcc;
    private CategoryInput transferWithDescriptionOnly;

    @Setup
    public void setUp() {
        categoriser = CategoryResources.categoriser();
        cardPaymentAtKnownBrand = new CategoryInput("ESSELUNGA MILANO VIALE PAPINIANO", "5411", null,
                "POS CARTA *4821 ESSELUNGA MILANO", true, "CARD_PAYMENT", CUSTOMER);
        cardPaymentByMcc = new CategoryInput("TRATTORIA DA GIGETTO SRL", "5812", null,
                "POS CARTA *4821 TRATTORIA DA GIGETTO", true, "CARD_PAYMENT", CUSTOMER);
        transferWithDescriptionOnly = new CategoryInput(null, null, null,
                "BONIFICO SEPA AFFITTO DICEMBRE 2026 APPARTAMENTO VIA ROMA 12", true, "TRANSFER_OUT", CUSTOMER);
        expect(cardPaymentAtKnownBrand, Source.MERCHANT_RULE);
        expect(cardPaymentByMcc, Source.MCC);
        expect(transferWithDescriptionOnly, Source.KEYWORD);
    }

    @Benchmark
    public CategoryAssignment cardPaymentAtKnownBrand() {
        return categoriser.categorise(cardPaymentAtKnownBrand, CategoryOverrides.NONE);
    }

    @Benchmark
    public CategoryAssignment cardPaymentByMcc() {
        return categoriser.categorise(cardPaymentByMcc, CategoryOverrides.NONE);
    }

    @Benchmark
    public CategoryAssignment transferWithDescriptionOnly() {
        return categoriser.categorise(transferWithDescriptionOnly, CategoryOverrides.NONE);
    }

    /** Each input must take the path its benchmark is named after, or the figure means something else. */
    private void expect(CategoryInput input, Source source) {
        CategoryAssignment assignment = categoriser.categorise(input, CategoryOverrides.NONE);
        if (assignment.source() != source) {
            throw new IllegalStateException("expected " + source + " for " + input + ", got " + assignment);
        }
    }
}
