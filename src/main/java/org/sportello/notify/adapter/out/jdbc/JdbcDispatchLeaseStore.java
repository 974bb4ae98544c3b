package org.sportello.notify.adapter.out.jdbc;

import java.time.Instant;
import org.sportello.notify.application.DispatchLeaseStore;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lease is the one row of notify_dispatch_lease; each step is one conditional UPDATE. */
@Repository
class JdbcDispatchLeaseStore implements DispatchLeaseStore {

    private final JdbcClient jdbc;

    JdbcDispatchLeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hold(String node, Instant now, Instant until) {
        return jdbc.sql("UPDATE notify_dispatch_lease SET holder = :node, expires_at = :until WHERE id = 1"
                        + " AND (holder = :node OR expires_at <= :now)")
                .param("node", node).param("until", UtcTimes.utc(until)).param("now", UtcTimes.utc(now)).update() == 1;
    }

    @Override
    public boolean confirm(String node, Instant now) {
        // An UPDATE rather than a SELECT: it locks the row, so a node taking over waits for this transaction.
        return jdbc.sql("UPDATE notify_dispatch_lease SET holder = holder WHERE id = 1 AND holder = :node AND expires_at > :now")
                .param("node", node).param("now", UtcTimes.utc(now)).update() == 1;
    }

    @Override
    public void release(String node, Instant now) {
        jdbc.sql("UPDATE notify_dispatch_lease SET expires_at = :now WHERE id = 1 AND holder = :node")
                .param("node", node).param("now", UtcTimes.utc(now)).update();
    }
}
