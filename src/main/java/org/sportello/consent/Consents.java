package org.sportello.consent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Scope;

/**
 * The consent check. Every read of customer data on behalf of a chat starts with
 * {@link #check(ChatAddress, Scope, AccessPurpose)}: only its {@link ConsentCheck.Granted} opens
 * the bank's read methods. Every check is recorded in the audit trail with its purpose.
 */
public interface Consents {

    /** May this chat identity read data of this scope right now, and for whom? */
    ConsentCheck check(ChatAddress chat, Scope scope, AccessPurpose purpose);

    /** The active link of this chat identity, if any. */
    Optional<LinkedChat> linkOf(ChatAddress chat);

    /** The link with this id if it is active and grants this scope now (audited like every check). */
    Optional<LinkedChat> link(String linkId, Scope scope, AccessPurpose purpose);

    /** Every chat identity of the customer that may receive data of this scope now. */
    List<LinkedChat> linksOf(CustomerId customer, Scope scope, AccessPurpose purpose);

    /** The same for many customers at once, for a batch; customers without such a link are absent. */
    Map<CustomerId, List<LinkedChat>> linksOf(Collection<CustomerId> customers, Scope scope, AccessPurpose purpose);

    /**
     * Ends the chat identity's link, if it has one, because the customer asked in the chat
     * ({@link UnlinkReason#CUSTOMER}) or the platform reported it unlinked ({@link UnlinkReason#PLATFORM}).
     * Returns whether it had one.
     */
    boolean unlink(ChatAddress chat, UnlinkReason reason);
}
