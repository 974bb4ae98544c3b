package org.sportello.jmh;

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
import org.sportello.assistant.domain.Interpreter;
import org.sportello.assistant.domain.SettingsRequest;

/**
 * The assistant's first reading of a message: whether it asks to change notification settings, then
 * its language and intent. Both run on every message; figures are per message, averaged over a mix of
 * Italian and English questions, settings requests and small talk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MessageUnderstandingBenchmark {

    static final int MESSAGES = 8;

    private String[] messages;

    @Setup
    public void setUp() {
        messages = List.of(
                "Qual è il mio saldo?",
                "mi fai vedere gli ultimi movimenti della carta?",
                "avvisami solo per i pagamenti sopra i 50 euro",
                "la mia carta è bloccata, cosa posso fare?",
                "What's my balance?",
                "show me my recent transactions please",
                "notify me when my balance drops below 100",
                "hi, thanks for the help!").toArray(String[]::new);
        if (messages.length != MESSAGES) {
            throw new IllegalStateException("MESSAGES must be " + messages.length + ", is " + MESSAGES);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void interpreterUnderstand(Blackhole consumer) {
        for (String message : messages) {
            consumer.consume(Interpreter.understand(message));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void settingsRequestParse(Blackhole consumer) {
        for (String message : messages) {
            consumer.consume(SettingsRequest.parse(message));
        }
    }
}
