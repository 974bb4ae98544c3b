package org.sportello.notify.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sportello.notify.NotificationPreferences;
import org.sportello.shared.Money;

/** Links' notification preferences and the daily digests' lines. */
public interface PreferenceStore {

    Optional<NotificationPreferences> find(String linkId);

    /** Those of the links that set any; the others use the defaults. */
    Map<String, NotificationPreferences> findAll(Collection<String> linkIds);

    void save(String linkId, NotificationPreferences preferences, Instant at);

    /** Adds a line to the link's next digest (once per transaction). */
    void addDigestLine(String transactionId, String linkId, Money amount, Instant bookedAt);

    /** Links with a digest time whose digest did not go out on {@code day}. */
    List<String> digestsNotSentOn(LocalDate day);

    /** The lines of the link's digest: money out and in, and how many. */
    record DigestTotals(Money out, Money in, long count) {
    }

    List<DigestTotals> digestTotals(String linkId);

    /** Records the digest as sent on {@code day} and drops its lines. */
    void digestSent(String linkId, LocalDate day);
}
