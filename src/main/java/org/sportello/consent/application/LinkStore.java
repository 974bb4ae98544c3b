package org.sportello.consent.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sportello.consent.domain.Link;
import org.sportello.shared.ChatAddress;
import org.sportello.shared.CustomerId;

/** Links and their consents. */
public interface LinkStore {

    /** The chat identity's link that is still AUTHORISED (it may have expired since). */
    Optional<Link> authorisedOf(ChatAddress address);

    List<Link> authorisedOf(CustomerId customer);

    /** The AUTHORISED links of all these customers. */
    List<Link> authorisedOf(Collection<CustomerId> customers);

    void insert(Link link);

    /** Records a link's end; returns false when it was no longer AUTHORISED. */
    boolean end(Link ended);
}
