package org.sportello.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses to write an outbox row whose message id contains {@value #MARK}: a
 * database failing just after a platform accepted a message.
 */
public final class OutboxWriteFails implements Trigger {

    static final String MARK = "WRITE-FAILS";

    /** The message ids it refused, so that a test knows the write was tried. */
    static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && String.valueOf(newRow[1]).contains(MARK)) { // notify_outbox.message_id
            REFUSED.add(String.valueOf(newRow[1]));
            throw new SQLException("disk full (a test's trigger)", "53100");
        }
    }
}
