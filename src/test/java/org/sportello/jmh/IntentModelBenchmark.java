package org.sportello.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sportello.assistant.IntentModel;
import org.sportello.assistant.IntentModels;

/**
 * The learned intent model reading a message, as it will for every message: normalising, features,
 * and the linear classifier's probabilities. Per message, averaged over a mix of Italian and English
 * questions and small talk; on the shipped model (21 intents) and on one trained on banking77's
 * training set (77 intents, far more features), which must be in {@code ../shared/data/banking77}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IntentModelBenchmark {

    static final int MESSAGES = 8;
    static final Path BANKING77 = Path.of("..", "shared", "data", "banking77", "train.csv");

    @Param({"shipped", "banking77"})
    public String model;

    private IntentModel intentModel;
    private String[] messages;

    @Setup
    public void setUp() {
        intentModel = IntentModels.train(model.equals("shipped") ? IntentModels.shippedExamples() : IntentModels.readExamples(BANKING77));
        messages = List.of(
                "Qual è il mio saldo?",
                "quanto ho speso al supermercato a novembre rispetto a ottobre?",
                "blocca la carta, l'ho persa",
                "grazie mille, ciao",
                "What's my balance?",
                "I still haven't received my new card, when will it arrive?",
                "why was I charged a fee for my cash withdrawal at the atm",
                "hi, can I talk to a real person please").toArray(String[]::new);
        if (messages.length != MESSAGES) {
            throw new IllegalStateException("MESSAGES must be " + messages.length + ", is " + MESSAGES);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void predict(Blackhole consumer) {
        for (String message : messages) {
            consumer.consume(intentModel.predict(message));
        }
    }
}
