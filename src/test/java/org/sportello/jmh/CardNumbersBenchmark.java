package org.sportello.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.shared.CardNumbers;

/** Redacting card numbers, which runs on every inbound chat message before anything stores it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CardNumbersBenchmark {

    private String withoutCardNumber;
    private String withCardNumber;

    @Setup
    public void setUp() {
        withoutCardNumber = "Ciao, quanto ho speso al supermercato a novembre? Il saldo del conto è già aggiornato?";
        withCardNumber = "la mia carta è 4111 1111 1111 1111, perché è bloccata?";
        if (CardNumbers.redact(withoutCardNumber).changed() || CardNumbers.redact(withCardNumber).cardNumbersRemoved() != 1) {
            throw new IllegalStateException("the messages no longer exercise what this benchmark measures");
        }
    }

    @Benchmark
    public CardNumbers.Redaction messageWithoutCardNumber() {
        return CardNumbers.redact(withoutCardNumber);
    }

    @Benchmark
    public CardNumbers.Redaction messageWithCardNumber() {
        return CardNumbers.redact(withCardNumber);
    }
}
