package org.sportello.bank.adapter.in.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sportello.bank.adapter.in.camt.CamtEntry.Status;
import org.sportello.bank.adapter.in.camt.CamtXml.Ntry;
import org.sportello.shared.RequestRefused;

/**
 * Generated documents read back to what was written, whatever the text holds; and no mangled
 * document escapes as anything but a read or a {@link RequestRefused}.
 */
class CamtReaderPropertiesTest {

    /** A mangled document must be dealt with in well under this; a hang fails the property. */
    static final Duration READ_TIME_MAX = Duration.ofSeconds(2);

    static final byte[] STATEMENT = CamtFiles.bytes(CamtReaderSamplesTest.STATEMENT);
    static final byte[] NOTIFICATION = CamtFiles.bytes(CamtReaderSamplesTest.NOTIFICATION);

    // Letters, spaces and every character XML must escape; no digits, so no card, MCC or reference patterns.
    static final String TEXT_CHARS = "abcdeXYZ &<>\"'àèìòù€ßñ";
    static final List<String> IBANS = List.of("IT07X0542811101000000654321", "IT42L1234512345123456789012",
            "DE89370400440532013000");

    @Property(tries = 200)
    void aGeneratedNotificationReadsBackToTheEntriesItWasWrittenFrom(
            @ForAll("entries") List<Generated> entries, @ForAll @IntRange(min = 2, max = 13) int version) {
        CamtXml document = CamtXml.aNotification().version(version);
        IntStream.range(0, entries.size()).forEach(index -> document.entry(entries.get(index).ntry(index)));

        List<CamtEntry> read = CamtFiles.read(document.bytes(), "generated.xml").reports().get(0).entries();

        assertThat(read).containsExactlyElementsOf(IntStream.range(0, entries.size())
                .mapToObj(index -> entries.get(index).expected(index)).toList());
    }

    @Property(tries = 1000)
    void aSampleWithOneByteChangedIsReadOrRefusedAndNothingElse(@ForAll("mutatedSamples") byte[] xml) {
        Throwable thrown = readWithinTime(xml);

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(RequestRefused.class);
            assertThat(((RequestRefused) thrown).violations())
                    .isNotEmpty()
                    .allSatisfy(violation -> {
                        assertThat(violation.pointer()).startsWith("/");
                        assertThat(violation.detail()).matches("(?s)line \\d+: .+");
                    });
        }
    }

    @Property(tries = 300)
    void aTruncatedSampleIsMalformedUnlessOnlyItsLastLineEndWasCut(@ForAll("truncatedSamples") byte[] xml) {
        Throwable thrown = readWithinTime(xml);

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(RequestRefused.class);
            assertThat(((RequestRefused) thrown).code()).isEqualTo("malformed-xml");
        }
    }

    private static Throwable readWithinTime(byte[] xml) {
        return catchThrowable(() -> assertTimeoutPreemptively(READ_TIME_MAX, () -> CamtFiles.read(xml, "mutant.xml")));
    }

    @Provide
    Arbitrary<byte[]> mutatedSamples() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '<', (byte) '>', (byte) '&', (byte) '"', (byte) '\'',
                (byte) '/', (byte) '=', (byte) '!', (byte) '?', (byte) '-', (byte) '.', (byte) ',', (byte) '0',
                (byte) '9', (byte) ' ', (byte) '\n', (byte) 'x', (byte) 0x00, (byte) 0x80, (byte) 0xC8, (byte) 0xFF);
        Arbitrary<Byte> replacement = Arbitraries.oneOf(interesting, Arbitraries.bytes());
        return Arbitraries.of(STATEMENT, NOTIFICATION).flatMap(sample -> Combinators.combine(
                Arbitraries.integers().between(0, sample.length - 1), replacement).as((at, value) -> {
                    byte[] mutant = sample.clone();
                    mutant[at] = value;
                    return mutant;
                }));
    }

    @Provide
    Arbitrary<byte[]> truncatedSamples() {
        return Arbitraries.of(STATEMENT, NOTIFICATION).flatMap(sample -> Arbitraries.integers()
                .between(0, sample.length - 1).map(length -> Arrays.copyOf(sample, length)));
    }

    @Provide
    Arbitrary<List<Generated>> entries() {
        return generated().list().ofMinSize(1).ofMaxSize(12);
    }

    private Arbitrary<Generated> generated() {
        Arbitrary<String> text = Arbitraries.strings().withChars(TEXT_CHARS).ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(value -> !value.isEmpty());
        return Builders.withBuilder(Generated::new)
                .use(Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("999999999.99"))
                        .ofScale(2)).in(Generated::amount)
                .use(Arbitraries.of(true, false)).in(Generated::credit)
                .use(Arbitraries.of("BOOK", "PDNG", "INFO")).in(Generated::status)
                .use(Arbitraries.of(true, false)).in(Generated::reversal)
                .use(Arbitraries.integers().between(0, 3_650).map(day -> LocalDate.of(2020, 1, 1).plusDays(day)))
                .in(Generated::bookingDate)
                .use(Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5))
                        .injectNull(0.5)).in(Generated::offset)
                .use(Arbitraries.strings().withChars(TEXT_CHARS + "-").ofMinLength(1).ofMaxLength(20)
                        .map(String::strip).filter(value -> !value.isEmpty())).in(Generated::referenceTail)
                .use(text.injectNull(0.3)).in(Generated::name)
                .use(Arbitraries.of(IBANS).injectNull(0.5)).in(Generated::iban)
                .use(text.list().ofMaxSize(3)).in(Generated::remittance)
                .use(Arbitraries.oneOf(text, Arbitraries.just("NOTPROVIDED")).injectNull(0.3)).in(Generated::endToEnd)
                .use(Arbitraries.strings().withCharRange('A', 'Z').ofLength(4).injectNull(0.5)).in(Generated::purpose)
                .build();
    }

    /** One entry as generated: enough to write its XML and to say what the reader must return. */
    static final class Generated {

        private BigDecimal amount;
        private boolean credit;
        private String status;
        private boolean reversal;
        private LocalDate bookingDate;
        private ZoneOffset offset;
        private String referenceTail;
        private String name;
        private String iban;
        private List<String> remittance;
        private String endToEnd;
        private String purpose;

        Generated amount(BigDecimal value) {
            this.amount = value;
            return this;
        }

        Generated credit(boolean value) {
            this.credit = value;
            return this;
        }

        Generated status(String value) {
            this.status = value;
            return this;
        }

        Generated reversal(boolean value) {
            this.reversal = value;
            return this;
        }

        Generated bookingDate(LocalDate value) {
            this.bookingDate = value;
            return this;
        }

        /** With an offset the booking is a DtTm at 10:15, without one a Dt. */
        Generated offset(ZoneOffset value) {
            this.offset = value;
            return this;
        }

        Generated referenceTail(String value) {
            this.referenceTail = value;
            return this;
        }

        Generated name(String value) {
            this.name = value;
            return this;
        }

        Generated iban(String value) {
            this.iban = value;
            return this;
        }

        Generated remittance(List<String> value) {
            this.remittance = value;
            return this;
        }

        Generated endToEnd(String value) {
            this.endToEnd = value;
            return this;
        }

        Generated purpose(String value) {
            this.purpose = value;
            return this;
        }

        /** The index keeps references unique, as the reader requires within a document. */
        private String reference(int index) {
            return index + referenceTail;
        }

        private OffsetDateTime bookedAt() {
            return offset == null ? null : bookingDate.atTime(10, 15).atOffset(offset);
        }

        private List<String> remittanceLines() {
            return reversal ? Stream.concat(remittance.stream(), Stream.of("ORIG REF ORIGINAL")).toList() : remittance;
        }

        Ntry ntry(int index) {
            Ntry ntry = (credit ? Ntry.credit(amount.toPlainString()) : Ntry.debit(amount.toPlainString()))
                    .status(status).reference(reference(index)).endToEnd(endToEnd)
                    .remittance(remittanceLines().toArray(String[]::new)).purpose(purpose);
            if (name != null || iban != null) {
                ntry.counterparty(name, iban);
            }
            if (reversal) {
                ntry.reversal();
            }
            return offset == null ? ntry.bookedOn(bookingDate.toString()) : ntry.bookedAt(bookedAt().toString());
        }

        CamtEntry expected(int index) {
            ExpectedEntry expected = (credit ? ExpectedEntry.aCredit(amount.toPlainString())
                    : ExpectedEntry.aDebit(amount.toPlainString()))
                    .at(8 + 4 * index, index).status(statusOf(status)).reference(reference(index))
                    .code("PMNT/CCRD/POSD").endToEnd("NOTPROVIDED".equals(endToEnd) ? null : endToEnd)
                    .counterparty(name, iban).purpose(purpose)
                    .remittance(remittanceLines().isEmpty() ? null : String.join(" ", remittanceLines()));
            if (reversal) {
                expected.reversing("ORIGINAL");
            }
            return (offset == null ? expected.bookedOn(bookingDate.toString()) : expected.bookedAt(bookedAt().toString()))
                    .build();
        }

        private static Status statusOf(String code) {
            return switch (code) {
                case "BOOK" -> Status.BOOKED;
                case "PDNG" -> Status.PENDING;
                default -> Status.INFO;
            };
        }

        @Override
        public String toString() {
            return "Generated[" + amount + (credit ? " CRDT " : " DBIT ") + status + (reversal ? " reversal" : "")
                    + " " + bookingDate + " " + offset + " ref=" + referenceTail + " name=" + name + " iban=" + iban
                    + " remittance=" + remittance + " e2e=" + endToEnd + " purpose=" + purpose + "]";
        }
    }
}
