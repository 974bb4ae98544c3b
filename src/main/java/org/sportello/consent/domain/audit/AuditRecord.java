package org.sportello.consent.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

/**
 * One thing to write into the audit trail: a consent event or an access to customer data. It names
 * links, customers, scopes and purposes, never a chat user id or a message's text, so erasing a chat
 * user's data never has to touch the trail, and so never breaks its chain.
 *
 * @param kind       what happened
 * @param linkId     the consent link concerned, if any
 * @param customerId whose consent or data, if known
 * @param scope      the scope read or refused, if any
 * @param purpose    why data was read (for example ANSWER, NOTIFICATION, EXPORT), if any
 * @param actor      who acted: a role such as {@code assistant}, {@code customer} or {@code system}, or a bank
 *                   operator's id; never a chat user id
 * @param detail     a short note for whoever reads the trail: no message text, no full IBAN or card number
 * @param recordedAt when; null until the trail stamps it from its clock. Kept to the microsecond, the
 *                   precision PostgreSQL stores, so that the hash of a stored entry can be recomputed.
 */
public record AuditRecord(AuditKind kind, String linkId, CustomerId customerId, Scope scope, String purpose,
                          String actor, String detail, Instant recordedAt) {

    public static final int LINK_ID_CHARS_MAX = 64;
    public static final int PURPOSE_CHARS_MAX = 40;
    public static final int ACTOR_CHARS_MAX = 80;
    public static final int DETAIL_CHARS_MAX = 500;

    public AuditRecord {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(actor, "actor == null");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor is blank");
        }
        requireCharsMax("linkId", linkId, LINK_ID_CHARS_MAX);
        requireCharsMax("purpose", purpose, PURPOSE_CHARS_MAX);
        requireCharsMax("actor", actor, ACTOR_CHARS_MAX);
        requireCharsMax("detail", detail, DETAIL_CHARS_MAX);
        recordedAt = recordedAt == null ? null : recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The same record, recorded at this time. */
    public AuditRecord at(Instant time) {
        return new AuditRecord(kind, linkId, customerId, scope, purpose, actor, detail, Objects.requireNonNull(time, "time == null"));
    }

    private static void requireCharsMax(String field, String value, int charsMax) {
        if (value != null && value.length() > charsMax) {
            throw new IllegalArgumentException(field + " must be at most " + charsMax + " characters, got " + value.length());
        }
    }
}
