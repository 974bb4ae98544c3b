package org.sportello.consent.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.sportello.consent.AuditLog.Verification;

/**
 * The hash chain of the audit trail. Each entry's hash is the lowercase hex SHA-256 of a canonical
 * encoding of its sequence number, its record and the previous entry's hash, so changing, removing
 * or reordering any entry breaks every link after it.
 *
 * <p>The encoding, field by field in this order: a version tag {@value #FORMAT}, seq (decimal),
 * recordedAt (ISO-8601 UTC with exactly six fractional digits), kind, linkId, customerId, scope,
 * purpose, actor, detail, previousHash. A field is written as its UTF-8 length in bytes, a colon and
 * its UTF-8 bytes ({@code 5:hello}); an absent one as a lone {@code -}. A length-prefixed field can
 * never be read as two fields or as absent, so no two different entries share an encoding.
 */
public final class AuditChain {

    /** Names this encoding: a future one gets a new tag, and old entries keep verifying under theirs. */
    static final String FORMAT = "sportello-audit-v1";

    private static final DateTimeFormatter RECORDED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] ABSENT = {'-'};

    private AuditChain() {
    }

    /** Chains records after the head, in order; every record must carry its time. */
    public static List<AuditEntry> append(AuditHead head, List<AuditRecord> records) {
        List<AuditEntry> entries = new ArrayList<>(records.size());
        AuditHead previous = head;
        for (AuditRecord record : records) {
            long seq = previous.seq() + 1;
            AuditEntry entry = new AuditEntry(seq, record, previous.hash(), hashOf(seq, record, previous.hash()));
            entries.add(entry);
            previous = entry.head();
        }
        return entries;
    }

    /** The hash an entry with this sequence number, record and previous hash must carry. */
    public static String hashOf(long seq, AuditRecord record, String previousHash) {
        Objects.requireNonNull(record.recordedAt(), "record.recordedAt == null");
        MessageDigest sha256 = sha256();
        field(sha256, FORMAT);
        field(sha256, Long.toString(seq));
        field(sha256, RECORDED_AT.format(record.recordedAt()));
        field(sha256, record.kind().name());
        field(sha256, record.linkId());
        field(sha256, record.customerId() == null ? null : record.customerId().value());
        field(sha256, record.scope() == null ? null : record.scope().name());
        field(sha256, record.purpose());
        field(sha256, record.actor());
        field(sha256, record.detail());
        field(sha256, previousHash);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Checks a whole chain from its first entry, in the order given. */
    public static Verification verify(Iterable<AuditEntry> entries) {
        AuditChainVerifier verifier = AuditChainVerifier.fromGenesis();
        for (AuditEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.verification();
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ABSENT);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime must offer SHA-256", impossible);
        }
    }
}
