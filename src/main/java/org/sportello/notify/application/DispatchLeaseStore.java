package org.sportello.notify.application;

import java.time.Instant;

/** The one lease that says which node sends the outbox. */
public interface DispatchLeaseStore {

    /**
     * Takes or renews the lease for {@code node} until {@code until}: true when this node holds it
     * now, false when another node holds it and it has not run out at {@code now}.
     */
    boolean hold(String node, Instant now, Instant until);

    /** Ends the node's lease at {@code now}, so another node takes over at once; nothing when it holds none. */
    void release(String node, Instant now);
}
