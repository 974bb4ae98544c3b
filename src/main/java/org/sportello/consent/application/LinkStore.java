package org.sportello.consent.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sportello.consent.domain.Link;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

/** Links and their consents. */
public interface LinkStore {

    /** A link awaiting authorisation and the secrets only the gateway knows. */
    record Pending(Link link, String codeVerifier, String redirectUri) {
    }

    Optional<Link> find(String id);

    /** The chat identity's link that is still AUTHORISED (it may have run out since). */
    Optional<Link> authorisedOf(ChatAddress address);

    List<Link> authorisedOf(CustomerId customer);

    /** The AUTHORISED links of all these customers. */
    List<Link> authorisedOf(Collection<CustomerId> customers);

    /** Every link of the customer, newest first. */
    List<Link> allOf(CustomerId customer);

    /** Every link of the chat identity, newest first. */
    List<Link> allOf(ChatAddress address);

    /** The link whose request carried the state with this SHA-256, in whatever state it is now. */
    Optional<Pending> byStateHash(String stateHash);

    Optional<Link> byBankGrant(String grantId);

    /** The chat identity's newest requests still awaiting authorisation, newest first. */
    List<Pending> awaitingOf(ChatAddress address, int limit);

    /** AUTHORISED links running out at or before {@code before} whose customer was not reminded. */
    List<Link> unremindedExpiringBefore(Instant before, int limit);

    /** AUTHORISED links that ran out at or before {@code now}. */
    List<Link> authorisedExpiredBy(Instant now, int limit);

    /** Requests still awaiting authorisation made before {@code before}. */
    List<Link> awaitingRequestedBefore(Instant before, int limit);

    void insertAwaiting(Link link, String stateHash, String codeVerifier, String redirectUri);

    /**
     * Writes the link's new state if it still is {@code expected}; returns false when someone
     * changed it first. Leaving AWAITING_AUTHORISATION forgets the code verifier.
     */
    boolean update(Link changed, Link.Status expected);

    /** Deletes every link of the chat identity; returns how many. */
    int deleteAllOf(ChatAddress address);
}
