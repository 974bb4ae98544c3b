package org.sportello.consent.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.sportello.consent.ConsentCheck;
import org.sportello.shared.Scope;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

/** A chat identity's link to a customer and the consent behind it. */
public record Link(String id, ChatAddress address, CustomerId customer, Set<Scope> scopes, Status status,
                   Instant grantedAt, Instant expiresAt, Instant endedAt) {

    public enum Status { AUTHORISED, REVOKED, EXPIRED }

    public Link {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(address, "address == null");
        Objects.requireNonNull(customer, "customer == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(grantedAt, "grantedAt == null");
        Objects.requireNonNull(expiresAt, "expiresAt == null");
        scopes = Set.copyOf(scopes);
        if (!expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("consent must expire after it is granted");
        }
    }

    public static Link authorised(String id, ChatAddress address, CustomerId customer, Set<Scope> scopes,
                                  Instant grantedAt, Instant expiresAt) {
        return new Link(id, address, customer, scopes, Status.AUTHORISED, grantedAt, expiresAt, null);
    }

    public boolean isActiveAt(Instant now) {
        return status == Status.AUTHORISED && now.isBefore(expiresAt);
    }

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

    public Link revokedAt(Instant now) {
        return new Link(id, address, customer, scopes, Status.REVOKED, grantedAt, expiresAt, now);
    }
}
