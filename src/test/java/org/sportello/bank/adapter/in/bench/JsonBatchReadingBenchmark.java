package org.sportello.bank.adapter.in.bench;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sportello.bank.CardKind;
import org.sportello.bank.CustomerProfile;
import org.sportello.bank.adapter.in.feed.json.TransactionBatchReader;
import org.sportello.bank.adapter.out.mcc.CsvMerchantCategories;
import org.sportello.bank.application.BankSetup;
import org.sportello.bank.application.BookTransactions;
import org.sportello.bank.domain.TransactionDraft;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Iban;
import org.sportello.shared.Money;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a JSON batch of 2,000 transactions into drafts, as the ingest path does before booking:
 * the batch {@code bench ingest} sends (nine card payments in ten, with merchant and MCC, one
 * transfer), parsed to a tree and checked field by field. Scores are per batch; divide by
 * {@value #TRANSACTIONS} for a transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBatchReadingBenchmark {

    static final int TRANSACTIONS = 2_000;
    static final int ACCOUNTS = 1_000;

    private byte[] batch;
    private ObjectReader json;
    private TransactionBatchReader reader;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        SyntheticBank bank = new SyntheticBank("jmh");
        bank.open(new NoBank(), ACCOUNTS, now);
        batch = bank.batch(0, TRANSACTIONS, 0, 1, now.minus(Duration.ofDays(30)), now, new SplittableRandom(TRANSACTIONS));
        // The same reader settings as FeedService, which keeps its own private.
        json = JsonMapper.builder().build().reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        reader = new TransactionBatchReader(new CsvMerchantCategories(), Clock.fixed(now, ZoneOffset.UTC),
                BookTransactions.ITEMS_MAX);
        int read = parseAndRead().size();
        if (read != TRANSACTIONS) {
            throw new IllegalStateException("read " + read + " of " + TRANSACTIONS + " transactions");
        }
    }

    /** The whole reading step: bytes to a tree, the tree to checked drafts. */
    @Benchmark
    public List<TransactionDraft> parseAndRead() {
        return reader.read(json.readTree(new ByteArrayInputStream(batch)));
    }

    /** Only the bytes to a tree, to tell Jackson's share from Sportello's checks. */
    @Benchmark
    public JsonNode parseOnly() {
        return json.readTree(new ByteArrayInputStream(batch));
    }

    /** No bank behind the synthetic accounts: reading needs their IBANs and cards, not their rows. */
    private static final class NoBank implements BankSetup {

        @Override
        public boolean claimSeed(String name, Instant at, LocalDate historyFrom, LocalDate historyTo) {
            return true;
        }

        @Override
        public void addCustomer(CustomerProfile profile, Instant createdAt) {
        }

        @Override
        public void openAccount(String accountId, CustomerId customer, Iban iban, Currency currency, String productName,
                                LocalDate openedOn, Money balance) {
        }

        @Override
        public void issueCard(String cardId, String accountId, String brand, CardKind kind, String productCode, String last4,
                              LocalDate expiresOn) {
        }
    }
}
