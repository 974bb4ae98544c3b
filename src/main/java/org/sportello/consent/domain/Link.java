package org.sportello.consent.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.sportello.consent.ConsentCheck;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;

/**
 * A chat identity's link to a bank customer and the consent behind it, from the moment the chat
 * asks the bank (awaiting authorisation) to its end (rejected, revoked or expired). Each change
 * returns a new link; a change the state does not allow is refused.
 *
 * @param customer    null until the bank authorises
 * @param grantedAt   null until the bank authorises
 * @param expiresAt   until when the consent lasts; null until the bank authorises
 * @param endReason   why it ended, null while it has not
 * @param remindedAt  when the customer was reminded that the consent runs out, null if not yet
 * @param bankGrantId the bank's id of the authorisation, null until authorised
 */
public record Link(String id, ChatAddress address, CustomerId customer, Set<Scope> scopes, Status status,
                   Language language, Instant requestedAt, Instant grantedAt, Instant expiresAt, Instant endedAt,
                   EndReason endReason, Instant remindedAt, String bankGrantId) {

    public enum Status { AWAITING_AUTHORISATION, AUTHORISED, REJECTED, REVOKED, EXPIRED }

    /** Why a link ended. */
    public enum EndReason {
        /** The customer declined at the bank's consent screen. */
        DECLINED,
        /** The customer asked in the chat. */
        CUSTOMER,
        /** The bank revoked it (admin API). */
        BANK,
        /** The messaging platform reported the account unlinked. */
        PLATFORM,
        /** The consent ran out. */
        EXPIRED,
        /** The customer linked the chat again; the newer consent replaces this one. */
        RENEWED,
        /** The authorization code behind it was presented twice: possibly stolen. */
        CODE_REPLAYED,
        /** The customer had the chat's data erased. */
        ERASED
    }

    public Link {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(address, "address == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(language, "language == null");
        Objects.requireNonNull(requestedAt, "requestedAt == null");
        scopes = Set.copyOf(scopes);
        if (status == Status.AUTHORISED && (customer == null || grantedAt == null || expiresAt == null)) {
            throw new IllegalArgumentException("an authorised consent needs customer, grantedAt and expiresAt");
        }
        if (expiresAt != null && grantedAt != null && !expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("consent must expire after it is granted");
        }
    }

    /** The chat asked the bank to link; nothing is granted yet. */
    public static Link awaiting(String id, ChatAddress address, Language language, Instant requestedAt) {
        return new Link(id, address, null, Set.of(), Status.AWAITING_AUTHORISATION, language, requestedAt, null, null, null,
                null, null, null);
    }

    public Link authorised(CustomerId customer, Set<Scope> scopes, Instant grantedAt, Instant expiresAt, String bankGrantId,
                           Language language) {
        require(Status.AWAITING_AUTHORISATION, "authorise");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a consent grants at least one scope");
        }
        return new Link(id, address, Objects.requireNonNull(customer, "customer == null"), scopes, Status.AUTHORISED,
                language, requestedAt, grantedAt, expiresAt, null, null, null, bankGrantId);
    }

    public Link rejected(Instant at) {
        require(Status.AWAITING_AUTHORISATION, "reject");
        return new Link(id, address, null, Set.of(), Status.REJECTED, language, requestedAt, null, null, at, EndReason.DECLINED,
                null, null);
    }

    public Link revoked(Instant at, EndReason reason) {
        require(Status.AUTHORISED, "revoke");
        return ended(Status.REVOKED, at, reason);
    }

    public Link expired(Instant at) {
        if (status == Status.AWAITING_AUTHORISATION) {
            return new Link(id, address, null, Set.of(), Status.EXPIRED, language, requestedAt, null, null, at,
                    EndReason.EXPIRED, null, null);
        }
        require(Status.AUTHORISED, "expire");
        return ended(Status.EXPIRED, at, EndReason.EXPIRED);
    }

    public Link reminded(Instant at) {
        require(Status.AUTHORISED, "remind");
        return new Link(id, address, customer, scopes, status, language, requestedAt, grantedAt, expiresAt, endedAt, endReason,
                at, bankGrantId);
    }

    /** Authorised and not run out at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return status == Status.AUTHORISED && now.isBefore(expiresAt);
    }

    /** Authorised, running out within {@code notice} of {@code now}, and the customer not told yet. */
    public boolean needsReminderAt(Instant now, Duration notice) {
        return isActiveAt(now) && remindedAt == null && !now.plus(notice).isBefore(expiresAt);
    }

    /** Whether the chat may read data of this scope now, and for which customer. */
    public ConsentCheck check(Scope scope, Instant now) {
        if (status != Status.AUTHORISED) {
            return new ConsentCheck.Refused(ConsentCheck.Reason.NOT_LINKED, scope);
        }
        if (!now.isBefore(expiresAt)) {
            return new ConsentCheck.Refused(ConsentCheck.Reason.EXPIRED, scope);
        }
        if (!scopes.contains(scope)) {
            return new ConsentCheck.Refused(ConsentCheck.Reason.SCOPE_NOT_GRANTED, scope);
        }
        return new ConsentCheck.Granted(id, customer, scope);
    }

    private Link ended(Status ended, Instant at, EndReason reason) {
        return new Link(id, address, customer, scopes, ended, language, requestedAt, grantedAt, expiresAt, at, reason, remindedAt,
                bankGrantId);
    }

    private void require(Status expected, String change) {
        if (status != expected) {
            throw new IllegalStateException("cannot " + change + " a consent that is " + status + ", only one that is " + expected);
        }
    }
}
