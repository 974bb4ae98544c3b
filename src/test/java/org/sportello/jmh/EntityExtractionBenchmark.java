package org.sportello.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sportello.assistant.adapter.out.categories.CsvCategorySynonyms;
import org.sportello.assistant.domain.entities.CategoryMatcher;
import org.sportello.assistant.domain.entities.CustomerContext;
import org.sportello.assistant.domain.entities.EntityExtractor;
import org.sportello.assistant.domain.entities.PlaceMatcher;
import org.sportello.atm.adapter.in.file.GeoJsonPlacesReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entities of a message (periods, amounts, cards, categories, merchants, payees, places), as every
 * message is read: without a gazetteer and with the shipped Paris one (138 places, 806 spellings,
 * each window of words compared for typos with the spellings of its first letter). Figures are per
 * message, over a mix of money questions and ATM questions in both languages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EntityExtractionBenchmark {

    static final int MESSAGES = 6;

    private String[] messages;
    private CustomerContext customer;
    private EntityExtractor withoutPlaces;
    private EntityExtractor withPlaces;

    @Setup
    public void setUp() throws IOException {
        messages = List.of(
                "quanto ho speso al supermercato a ottobre 2025?",
                "pagamenti sopra i 50 euro con la carta che finisce con 1234 negli ultimi 30 giorni",
                "c'è un bancomat vicino alla Gare de Lyon?",
                "how much did I spend on restaurants since Monday compared to last week",
                "is there an atm near the Eiffel Tower or close to 75011",
                "send 20 euro to Marco Rossi for yesterday's lunch").toArray(String[]::new);
        if (messages.length != MESSAGES) {
            throw new IllegalStateException("MESSAGES must be " + messages.length + ", is " + MESSAGES);
        }
        customer = CustomerContext.at(ZonedDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneId.of("Europe/Rome")))
                .withMerchants(List.of("McDonald's", "Esselunga", "Amazon", "Eni", "Carrefour", "Netflix", "Trenitalia"))
                .withContacts(List.of("Giulia Bianchi", "Marco Rossi"));
        CategoryMatcher categories = new CategoryMatcher(CsvCategorySynonyms.fromClasspath());
        withoutPlaces = new EntityExtractor(categories);
        String shipped;
        try (InputStream in = EntityExtractionBenchmark.class.getResourceAsStream("/atm/paris-places.geojson")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        withPlaces = new EntityExtractor(categories, PlaceMatcher.of(new GeoJsonPlacesReader(JsonMapper.builder().build())
                .read("paris-places.geojson", shipped)));
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void extractWithoutPlaces(Blackhole consumer) {
        for (String message : messages) {
            consumer.consume(withoutPlaces.extract(message, customer));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void extractWithShippedGazetteer(Blackhole consumer) {
        for (String message : messages) {
            consumer.consume(withPlaces.extract(message, customer));
        }
    }
}
