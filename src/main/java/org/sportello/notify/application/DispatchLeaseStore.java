package org.sportello.notify.application;

import java.time.Instant;

/** The one lease that says which node sends the outbox. */
public interface DispatchLeaseStore {

    /**
     * Takes or renews the lease for {@code node} until {@code until}: true when this node holds it
     * now, false when another node holds it and it has not run out at {@code now}.
     */
    boolean hold(String node, Instant now, Instant until);

    /**
     * Whether {@code node} still holds the lease at {@code now}. Inside a transaction it also keeps
     * another node from taking the lease until that transaction ends, so what the transaction
     * records is recorded by the holder.
     */
    boolean confirm(String node, Instant now);

    /** Ends the node's lease at {@code now}, so another node takes over at once; nothing when it holds none. */
    void release(String node, Instant now);
}
