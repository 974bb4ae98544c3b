package org.sportello.jmh;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.consent.domain.audit.AuditChain;
import org.sportello.consent.domain.audit.AuditKind;
import org.sportello.consent.domain.audit.AuditRecord;
import org.sportello.shared.CustomerId;

/** The hash of the next audit entry, which every access to customer data writes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuditChainBenchmark {

    private long seq;
    private AuditRecord transactionsRead;
    private String previousHash;

    @Setup
    public void setUp() {
        seq = 1_284_517;
        // What ConsentRegister.check writes when the assistant reads a linked customer's transactions.
        transactionsRead = new AuditRecord(AuditKind.DATA_READ, "5f0c2a9e-7d41-4b8a-9a3e-2c6f1d8b4e70",
                new CustomerId("giulia.rossi"), org.sportello.shared.Scope.TRANSACTIONS, "answer", "chat:messenger", null,
                Instant.parse("2026-11-29T09:30:12.345678Z"));
        previousHash = "9c1185a5c5e9fc54612808977ee8f548b2258d31f3a5c1e8d7a3b2f1e0c4d5a6";
    }

    @Benchmark
    public String nextEntryHash() {
        return AuditChain.hashOf(seq, transactionsRead, previousHash);
    }
}
