package org.sportello.consent;

import org.sportello.shared.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

/**
 * The consent check. Every read of customer data on behalf of a chat starts with
 * {@link #check(ChatAddress, Scope)} and reads only for the customer it grants.
 */
public interface Consents {

    /** May this chat identity read data of this scope right now? */
    ConsentCheck check(ChatAddress chat, Scope scope);

    /** The active link of this chat identity, if any. */
    Optional<LinkedChat> linkOf(ChatAddress chat);

    /** Every chat identity of the customer that may receive data of this scope now. */
    List<LinkedChat> linksOf(CustomerId customer, Scope scope);

    /** The same for many customers at once, for a batch; customers without such a link are absent. */
    Map<CustomerId, List<LinkedChat>> linksOf(Collection<CustomerId> customers, Scope scope);

    /**
     * Links a chat identity to a demo customer with every scope, without bank login: the web
     * chat's demo sign-in. Refused unless the demo bank is on.
     */
    LinkedChat linkDemoCustomer(ChatAddress chat, CustomerId customer);

    /** Ends the chat identity's link, if it has one; returns whether it had. */
    boolean unlink(ChatAddress chat);
}
